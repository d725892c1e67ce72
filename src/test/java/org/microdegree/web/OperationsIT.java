package org.microdegree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.jobs.Jobs;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What operations sees: the health for load balancers, details and metrics for admins only. */
class OperationsIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Jobs jobs;

    @Test
    void theHealthIsPublicItsDetailsAndTheMetricsAreForAdmins() throws Exception {
        accounts.create("lina@luh.example", "Lina", "a-long-enough-password".toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))));
        mvc.perform(get("/actuator/health").with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.keys.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());

        mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON).content("{\"@context\": []}"));
        // a bulk job, here an award with nothing to award: its duration is a metric too
        jobs.award(false, "operations-test", view -> {
        });
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("lina@luh.example", "a-long-enough-password"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("microdegree_verifications_total{outcome=\"invalid\"")))
                .andExpect(content().string(containsString("http_server_requests_seconds")))
                .andExpect(content().string(containsString("spring_batch_job_seconds")));
        mvc.perform(get("/actuator/metrics").with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.names").isArray());
    }
}
