package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The studio's pickers name what they offer and keep another university's drafts to itself: a
 * LUH designer finds published modules and LUH's drafts, not a draft module of LUT.
 */
class PickersIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing editing;

    @BeforeEach
    void theWorkedExampleWithADraftModuleAtEachUniversity() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        for (String id : new String[]{"luh:mb-robot-safety", "lut:mb-robot-welding"}) {
            editing.create(catalogue.readItem(ItemKind.MODULE, Map.of("id", id, "title", Map.of("en", "Robot " + id.substring(id.indexOf('-') + 1)),
                    "creditPoints", 5, "eqfLevel", 7)), Actor.operator("test"));
        }
        accounts.create("dana@luh.example", "Dana Designer", PASSWORD.toCharArray(), Set.of(Grant.of(Role.DESIGNER, "luh")));
    }

    private String page(String path, String email) throws Exception {
        var dana = accounts.byEmail(email).orElseThrow().actor();
        return mvc.perform(get(path).with(authentication(UsernamePasswordAuthenticationToken.authenticated(dana, null,
                AuthorityUtils.createAuthorityList("ROLE_USER"))))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aDesignerFindsHerOwnDraftsAndPublishedModulesButNotAnotherUniversitysDraft() throws Exception {
        String robots = page("/design/pickers/modules?q=robot", "dana@luh.example");
        assertThat(robots).contains("luh:mb-robot-safety").doesNotContain("lut:mb-robot-welding");
        String manufacturing = page("/design/pickers/modules?q=manufacturing&modules=luh:mb-ml-manufacturing", "dana@luh.example");
        assertThat(manufacturing).doesNotContain("luh:mb-ml-manufacturing").as("already chosen");

        var dana = accounts.byEmail("dana@luh.example").orElseThrow().actor();
        mvc.perform(post("/design/pickers/modules/add").param("id", "lut:mb-robot-welding").with(csrf())
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(dana, null, AuthorityUtils.createAuthorityList("ROLE_USER")))))
                .andExpect(status().isBadRequest()).andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain("Robot welding"));
    }

    @Test
    void aProgrammesPartnersAreTickedFromTheListOfInstitutions() throws Exception {
        String form = page("/design/micro-degrees/new", "dana@luh.example");
        assertThat(form).contains("<legend>Participating institutions</legend>").contains("Leibniz").contains("value=\"lut\"");
        var dana = accounts.byEmail("dana@luh.example").orElseThrow().actor();
        String checked = mvc.perform(post("/design/micro-degrees/check").with(csrf())
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(dana, null, AuthorityUtils.createAuthorityList("ROLE_USER"))))
                .param("id", "luh:md-ticked").param("title.en", "Ticked").param("participatingInstitutions", "luh")
                .param("participatingInstitutions", "nowhere")
                .param("requirements", "allOf: [{microCredential: 'luh:mc-machine-learning'}]").param("creditPoints", "5").param("eqfLevel", "7"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // both ticks reach the check: the unknown one is named
        assertThat(checked).contains("nowhere");
    }

    @Test
    void skillsAreListedByLabelWithTheirTypeAndDescription() throws Exception {
        String found = page("/design/pickers/skills?q=machine+learning", "dana@luh.example");
        assertThat(found).contains("machine learning").containsPattern("(skill|knowledge): ").contains("Add machine learning");
        assertThat(page("/design/pickers/skills?q=", "dana@luh.example")).doesNotContain("Nothing found");
        assertThat(page("/design/pickers/skills?q=zzzqqqxx", "dana@luh.example")).contains("Nothing found.");
    }
}
