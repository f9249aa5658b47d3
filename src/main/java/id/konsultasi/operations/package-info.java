/**
 * What an operator needs beside the application itself: the business figures an office head watches, as
 * metrics for Prometheus ({@link id.konsultasi.operations.BusinessMetrics}), and who may read the management
 * endpoints ({@link id.konsultasi.operations.ManagementAccess}). It only reads, through the other modules' APIs.
 */
@ApplicationModule(displayName = "Operations",
        allowedDependencies = {"office", "request", "notification", "desk", "shared"})
package id.konsultasi.operations;

import org.springframework.modulith.ApplicationModule;
