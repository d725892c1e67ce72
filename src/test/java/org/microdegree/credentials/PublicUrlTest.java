package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.shared.PublicUrl;

class PublicUrlTest {

    @Test
    void withoutAConfiguredUrlTheInstallationNamesThePortItServes() {
        PublicUrl url = PublicUrl.of(null, 18110);
        assertThat(url.base()).isEqualTo("http://localhost:18110");
        assertThat(url.configured()).isFalse();
        Urls urls = new Urls(url);
        assertThat(urls.did("luh")).isEqualTo("did:web:localhost%3A18110:institutions:luh");
        assertThat(urls.statusList("luh")).isEqualTo("http://localhost:18110/credentials/status/luh");
        assertThat(urls.verifyPage("c-1")).isEqualTo("http://localhost:18110/verify/c-1");
    }

    @Test
    void aConfiguredUrlWinsAndLosesItsTrailingSlash() {
        PublicUrl url = PublicUrl.of(" https://credentials.uni-hannover.de/ ", 18110);
        assertThat(url.base()).isEqualTo("https://credentials.uni-hannover.de");
        assertThat(url.configured()).isTrue();
        assertThat(new Urls(url).did("luh")).isEqualTo("did:web:credentials.uni-hannover.de:institutions:luh");
    }

    @Test
    void somethingThatIsNoHttpUrlIsRefused() {
        assertThatThrownBy(() -> PublicUrl.of("credentials.uni-hannover.de", 8080)).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> PublicUrl.of("ftp://x.example", 8080)).hasMessageContaining("http:// or https://");
    }
}
