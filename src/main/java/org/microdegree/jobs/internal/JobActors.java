package org.microdegree.jobs.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.Role;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Who a job acts as: the registrar who started it in the browser (her institutions, kept in the
 * job's parameters), else the operator at the command line.
 */
public final class JobActors {

    private JobActors() {
    }

    static Actor of(JobParameters parameters) {
        return actingAs(String.valueOf(parameters.getString("user", "job")), parameters.getString("registrarAt", ""));
    }

    /** The institutions whose registrar the actor is: a job started by her runs with those rights. */
    public static Set<String> registrarAt(Actor actor) {
        Set<String> out = new TreeSet<>();
        for (var g : actor.grants()) {
            if (g.role() == Role.REGISTRAR || g.role() == Role.ADMIN) {
                out.add(g.institution().value());
            }
        }
        if (out.isEmpty()) {
            throw new ForbiddenException("bulk jobs are for registrars and admins");
        }
        return out;
    }

    /** The actor of a job's step, from the user and institutions its parameters name. */
    public static Actor actingAs(String user, @Nullable String registrarAt) {
        if (registrarAt == null || registrarAt.isBlank()) {
            return Actor.operator(user);
        }
        Set<Grant> grants = new HashSet<>();
        for (String i : registrarAt.split(",")) {
            grants.add(new Grant(Role.REGISTRAR, InstitutionId.of(i)));
        }
        return new Actor("job:" + user, user, grants, false, false);
    }
}
