package org.microdegree.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages as a slice of the web module on the real services and database (ADR 0033: no mocked
 * services): the public catalogue shows the worked example in English and German, and the registrar's
 * desk asks a visitor to sign in first.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class WebModuleIT extends ModuleIT {

    @Autowired MockMvc mvc;

    @Test
    void theCatalogueShowsTheWorkedExamplesProgrammeInEnglishAndGerman() throws Exception {
        mvc.perform(get("/catalogue").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"page-title\">Catalogue</h1>")))
                .andExpect(content().string(containsString("AI Essentials")));
        mvc.perform(get("/catalogue").locale(Locale.GERMAN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("KI-Grundlagen")));
        mvc.perform(get("/catalogue/micro-degrees/luh:md-ai-essentials").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("AI Essentials")));
    }

    @Test
    void theRegistrarsDeskAsksAVisitorToSignIn() throws Exception {
        mvc.perform(get("/registrar")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/login")));
    }
}
