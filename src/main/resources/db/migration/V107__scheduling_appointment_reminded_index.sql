-- The WhatsApp Cloud API sender follows the reminders that went out (whatsapp.CloudReminders): from this index of the
-- reminded appointments only.
CREATE INDEX appointment_reminder_sent_idx ON appointment (reminder_sent_at) WHERE reminder_sent_at IS NOT NULL;
