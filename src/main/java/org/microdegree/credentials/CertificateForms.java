package org.microdegree.credentials;

import lombok.RequiredArgsConstructor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.microdegree.credentials.internal.SkillLabels;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.render.Elm;
import org.microdegree.credentials.internal.render.Pdf;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateContent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The three forms of a certificate, the share links, and the registrars' bulk export. */
@Service
@RequiredArgsConstructor
public class CertificateForms {

    private final Certificates certificates;
    private final MessageSource messages;
    private final Urls urls;
    private final SkillLabels skills;

    /** The signed Open Badges credential, exactly as issued. */
    public String vc(Certificate c) {
        return c.credential();
    }

    public String elm(Certificate c) {
        return Elm.credential(certificates.content(c), urls, skills::of).toString();
    }

    public byte[] pdf(Certificate c, String language) {
        return pdf(certificates.content(c), c.credential(), language);
    }

    public byte[] pdf(CertificateContent content, String credential, String language) {
        String lang = "de".equals(language) ? "de" : "en";
        Locale locale = Locale.forLanguageTag(lang);
        return Pdf.render(content, lang, key -> messages.getMessage(key, null, key, locale), urls.verifyPage(content.id()), credential);
    }

    public String verifyUrl(Certificate c) {
        return urls.verifyPage(c.id().value());
    }

    /** LinkedIn's "add licence or certification" form, filled in. */
    public String linkedIn(Certificate c) {
        return linkedIn(c, certificates.content(c));
    }

    /** The same for a caller that has the certificate's content already. */
    public String linkedIn(Certificate c, CertificateContent content) {
        var issued = c.issued().atZone(ZoneOffset.UTC);
        return "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                + "&name=" + enc(c.title())
                + "&organizationName=" + enc(content.issuer().name().en())
                + "&issueYear=" + issued.getYear() + "&issueMonth=" + issued.getMonthValue()
                + "&certUrl=" + enc(urls.verifyPage(c.id().value())) + "&certId=" + enc(c.id().value());
    }

    /** The header of a ZIP's index of certificates ({@code certificates.csv}). */
    public static final String INDEX_HEADER = "id,learner,kind,credential,version,title,status,issued\n";

    /** A certificate's line in that index. */
    public static String indexLine(Certificate c) {
        return String.join(",", c.id().value(), c.learner().value(), c.kind().code(), c.item(), Integer.toString(c.version()),
                csv(c.title()), c.status(), c.issued().toString()) + "\n";
    }

    /** Each certificate as {@code ID.json} (the VC) and {@code ID.pdf}, plus an index. */
    public void zip(List<Certificate> all, String language, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder index = new StringBuilder(INDEX_HEADER);
            for (Certificate c : all) {
                zip.putNextEntry(new ZipEntry(c.id() + ".json"));
                zip.write(c.credential().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(c.id() + ".pdf"));
                zip.write(pdf(c, language));
                zip.closeEntry();
                index.append(indexLine(c));
            }
            zip.putNextEntry(new ZipEntry("certificates.csv"));
            zip.write(index.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
