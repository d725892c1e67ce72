@org.jspecify.annotations.NullMarked
package org.microdegree.jobs.rest;
