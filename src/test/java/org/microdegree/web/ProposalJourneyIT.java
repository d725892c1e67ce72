package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.design.JointMasterProposals;
import org.microdegree.design.Proposal;
import org.microdegree.design.ProposalId;
import org.microdegree.shared.Actor;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The joint Master negotiated among the universities, in the browser: Dana (LUH) composes it in the
 * wizard and proposes it; Lauri, a designer at LUT, finds it among her proposals, sees LUT's
 * micro-credentials in it, is told to say why when she objects without a reason, and approves
 * (in German, on her phone). When the other partners have approved too, Dana imports the
 * composition and the editor opens on the Master. axe-core on every page; screenshots under
 * target/screenshots/proposals and proposals-lauri.
 */
class ProposalJourneyIT extends JourneyIT {

    @Autowired JointMasterProposals proposals;

    BrowserJourney dana;
    BrowserJourney lauri;

    @BeforeEach
    void danaAtLuhAndLauriAtLut() {
        dana = journeyOverTheWorkedExample("proposals");
        lauri = new BrowserJourney(port, "proposals-lauri");
    }

    @AfterEach
    void close() {
        dana.close();
        lauri.close();
    }

    @Test
    void danaProposesLauriApprovesForLutAndDanaImportsTheAgreedMaster() throws Exception {
        dana.signIn("dana@luh.example");
        dana.open("/design/patterns/joint-master?lang=en");
        dana.element(By.id("id")).clear();
        dana.browser.findElement(By.id("id")).sendKeys("luh:jm-negotiated");
        dana.browser.findElement(By.id("titleEn")).sendKeys("Negotiated Joint Master");
        dana.browser.findElement(By.id("rationaleEn")).sendKeys("The alliance's industry partners ask for exactly this profile.");
        Map.of("luh", "3", "lut", "2", "but", "2", "tuw", "3", "upm", "2")
                .forEach((partner, n) -> dana.browser.findElement(By.id("quota-" + partner)).sendKeys(n));
        dana.browser.findElement(By.id("outcomes")).sendKeys("life cycle\nenergy\ncircular\nwaste\nbuilding");
        dana.submit(By.id("build"));
        assertThat(dana.element(By.id("conformance")).getText()).contains("conforms");
        dana.submit(By.id("propose"));
        assertThat(dana.element(By.id("proposal-status")).getText()).isEqualTo("Waiting for the partners");
        assertThat(dana.browser.findElement(By.id("proposal-partners")).getText()).contains("lut").contains("not decided yet");
        assertThat(dana.browser.findElements(By.id("decide"))).as("LUH does not decide for its partners").isEmpty();
        dana.accessible("proposed");
        String id = dana.browser.getCurrentUrl().replaceAll(".*/design/proposals/", "");

        // Lauri, in German on her phone
        lauri.phone();
        lauri.signIn("lauri@lut.example");
        lauri.open("/design?lang=de");
        lauri.submit(By.id("joint-proposals"));
        assertThat(lauri.element(By.id("proposals")).getText()).contains("Negotiated Joint Master").contains("Wartet auf die Partner");
        lauri.accessible("her-proposals-de");
        lauri.submit(By.linkText("Negotiated Joint Master"));
        assertThat(lauri.element(By.id("proposal-chosen")).getText()).contains("lut");
        assertThat(lauri.pageWidth()).isLessThanOrEqualTo(390);
        lauri.accessible("the-composition-de");

        lauri.browser.findElement(By.id("decision-object")).click();
        lauri.submit(By.id("send-decision"));
        assertThat(lauri.element(By.id("comment-error")).getText()).contains("say why");
        assertThat(lauri.browser.findElement(By.id("decision-object")).isSelected()).as("her choice is kept").isTrue();
        lauri.accessible("objection-without-reason-de");

        lauri.browser.findElement(By.id("decision-approve")).click();
        lauri.browser.findElement(By.id("comment")).sendKeys("LUT bringt zwei Einheiten ein.");
        lauri.submit(By.id("send-decision"));
        assertThat(lauri.element(By.id("proposal-partners")).getText()).contains("stimmt zu").contains("LUT bringt zwei Einheiten ein.");
        lauri.accessible("approved-de");

        // BUT, TU Wien and UPM approve at their desks
        for (String partner : List.of("but", "tuw", "upm")) {
            proposals.decide(new ProposalId(id), partner, Proposal.Verdict.APPROVE, null, Actor.operator(partner));
        }
        dana.open("/design/proposals/" + id);
        assertThat(dana.element(By.id("proposal-status")).getText()).isEqualTo("Every partner approves");
        dana.accessible("agreed");
        dana.submit(By.id("import-proposal"));
        assertThat(dana.browser.getCurrentUrl()).endsWith("/design/micro-degrees/luh:jm-negotiated");
        assertThat(dana.element(By.id("action-submit")).isDisplayed()).isTrue();
        dana.accessible("the-master-in-the-editor");
    }
}
