package org.microdegree.admissions.model;

/** A document an applicant uploaded (her CV, say), as the round's registrars and she herself download it. */
public record ApplicantDocument(String fileName, String contentType, byte[] content) {}
