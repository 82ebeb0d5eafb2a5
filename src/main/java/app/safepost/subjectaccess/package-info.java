/**
 * Subject access and erasure (UK GDPR articles 15 and 17): everything the portal holds about one pupil
 * in one ZIP (a readable PDF summary, JSON and the photos as published), gathered from each module's
 * own "what do you hold about this pupil" through its public service; and erasing a pupil's photos,
 * taking the posts that show them down through publishing's adapters. For SLT and the data protection
 * officer; every export and erasure is a fact in the audit trail
 * (docs/decisions/0032-subject-access-and-erasure.md).
 */
@ApplicationModule(displayName = "Subject access")
package app.safepost.subjectaccess;

import org.springframework.modulith.ApplicationModule;
