package org.microdegree.catalog.format;

/** A problem found while reading a bundle, at an absolute path such as {@code microDegrees[0].requirements.allOf[2]}. */
final class BundleProblem extends RuntimeException {

    private final String path;

    BundleProblem(String path, String reason) {
        super(reason, null, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }
}
