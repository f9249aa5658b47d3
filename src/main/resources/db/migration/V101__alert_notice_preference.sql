-- Per person and kind of notification, how they want to be mailed; none saved: the defaults of their roles.
CREATE TABLE notice_preference
(
    staff_user_id BIGINT      NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    kind          VARCHAR(40) NOT NULL,
    delivery      VARCHAR(10) NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DIGEST', 'NEVER')),
    PRIMARY KEY (staff_user_id, kind)
);
