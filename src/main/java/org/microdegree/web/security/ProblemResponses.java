package org.microdegree.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 answers written by the security filters, before any controller runs. */
@Component
public class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public void write(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        p.setType(URI.create("https://microdegree.org/problems/" + type));
        p.setTitle(title);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"microdegree\", Bearer realm=\"microdegree\"");
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), p);
    }
}
