package org.microdegree.credentials.internal.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.microdegree.credentials.internal.Pool;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.Elements;
import org.microdegree.shared.Text;
import org.springframework.web.util.HtmlUtils;

/**
 * The human-readable certificate: A4, in English or German, every mandatory element, the
 * institution's name and seal, a QR code to the verification page, and the signed credential
 * attached to the PDF ({@link PdfAttachment#FILE_NAME}).
 */
public final class Pdf {

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    // Parsing a 750 KB font for every certificate cost more than the rest of the PDF: parsed fonts
    // are lent out one pair per document, and every document embeds the subset it uses.
    private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {}

    private static final Pool<Fonts> FONTS = new Pool<>(() -> new Fonts(parse(REGULAR), parse(BOLD)), 16);
    private static final Set<String> HEADED = Set.of("learner", "title");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final Map<String, String> SEALS = new ConcurrentHashMap<>();

    private Pdf() {
    }

    /**
     * @param label the text of a message key in the certificate's language ({@code cert.*})
     */
    public static byte[] render(CertificateContent c, String language, Function<String, String> label, String verifyUrl, String signedCredential) {
        String html = html(c, language, label, verifyUrl);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // PDF/A-3: archivable, and the one PDF/A part that may carry the signed credential inside
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        PDDocument pdf = new PDDocument();
        builder.usePDDocument(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Fonts fonts = FONTS.take();
        try (PdfBoxRenderer renderer = fonts(builder, pdf, fonts).withHtmlContent(html, null).withProducer("microdegree").buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            var document = renderer.getPdfDocument();
            drawQr(document, verifyUrl);
            PdfAttachment.attach(document, signedCredential, c.issued());
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate PDF could not be made", e);
        } finally {
            FONTS.give(fonts);
        }
        return out.toByteArray();
    }

    private static PdfRendererBuilder fonts(PdfRendererBuilder builder, PDDocument pdf, Fonts fonts) throws IOException {
        builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.regular(), true)), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.bold(), true)), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        return builder;
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(CertificateContent c, String language, Function<String, String> label, String verifyUrl) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"").append(language).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<meta name=\"author\" content=\"").append(esc(c.issuer().name().in(language))).append("\"/>")
                .append("<meta name=\"subject\" content=\"").append(esc(label.apply("cert.kind." + c.kind().code()))).append("\"/><style>")
                // the footer lives in the page's bottom margin, beside the QR code: body text can never run into either
                .append("@page { size: A4; margin: 18mm 18mm ").append(BOTTOM_MARGIN_MM)
                .append("mm 18mm; @bottom-center { content: element(footer); vertical-align: top; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1a1a1a; margin: 0; }")
                .append("h1 { font-size: 19pt; margin: 2mm 0 1mm 0; } .kind { font-size: 10pt; color: #555; letter-spacing: 1px; text-transform: uppercase; }")
                .append(".who { font-size: 14pt; font-weight: bold; margin: 2mm 0; }")
                .append("table.el { width: 100%; border-collapse: collapse; margin-top: 3mm; } table.el td { border-top: 0.5pt solid #bbb; padding: 1.1mm 2mm; vertical-align: top; }")
                .append("table.el tr, table.comp tr { page-break-inside: avoid; }")
                .append("td.k { width: 35%; color: #444; } .opt td.k { color: #777; } pre { font-family: 'DejaVu Sans'; white-space: pre-wrap; margin: 0; }")
                .append("table.comp { width: 100%; border-collapse: collapse; } table.comp td { padding: 0.5mm 2mm; border-bottom: 0.3pt solid #ddd; vertical-align: top; }")
                .append("td.cp { width: 16mm; white-space: nowrap; } td.where { width: 34mm; }")
                .append(".head { width: 100%; } .logo { max-height: 17mm; max-width: 60mm; }")
                .append(".foot { position: running(footer); width: 100%; font-size: 8pt; color: #555; margin-top: 4mm; }")
                .append(".qrspace { width: ").append(QR_SIZE_MM + 4).append("mm; } .foot td { vertical-align: top; }")
                .append(".seal { width: 24mm; height: 24mm; border: 1.2mm solid #1d3f73; border-radius: 13.2mm; color: #1d3f73; text-align: center;")
                .append(" font-weight: bold; font-size: 9pt; margin-left: auto; } .sealcode { font-size: 15pt; padding-top: 6mm; }")
                .append("table.sign { margin-top: 5mm; page-break-inside: avoid; } table.sign td { padding-right: 12mm; vertical-align: bottom; }")
                .append(".signature { max-height: 11mm; max-width: 55mm; } .signatory { border-top: 0.5pt solid #444; padding-top: 1mm; min-width: 55mm; }")
                .append("</style><title>").append(esc(c.title().in(language))).append("</title></head><body>");
        footer(h, c, label, verifyUrl);
        head(h, c, language);
        h.append("<div class=\"kind\">").append(esc(label.apply("cert.kind." + c.kind().code()))).append("</div>");
        h.append("<h1>").append(esc(c.title().in(language))).append("</h1>");
        h.append("<div>").append(esc(label.apply("cert.awardedTo"))).append("</div><div class=\"who\">").append(esc(c.learner().name()));
        if (c.learner().studentNumber() != null) {
            h.append(" <span style=\"font-weight: normal; font-size: 10pt;\">(").append(esc(c.learner().studentNumber())).append(")</span>");
        }
        h.append("</div><table class=\"el\">");
        // the learner and the title (elements 1 and 2) head the page; the table has the rest
        for (Elements.Element e : Elements.of(c, language)) {
            if (HEADED.contains(e.key())) {
                continue;
            }
            h.append("<tr").append(e.mandatory() ? "" : " class=\"opt\"").append("><td class=\"k\">")
                    .append(esc(label.apply("cert.element." + e.key()))).append("</td><td><pre>").append(esc(Elements.readable(e, language, label)))
                    .append("</pre></td></tr>");
        }
        if (!c.components().isEmpty()) {
            h.append("<tr><td class=\"k\">").append(esc(label.apply("cert.components"))).append("</td><td><table class=\"comp\">");
            for (CertificateContent.Component m : c.components()) {
                String where = !m.completed()
                        ? label.apply("cert.component.open")
                        : c.degree() == null ? "" : label.apply(m.withinDegree() ? "cert.component.within" : "cert.component.additional");
                h.append("<tr><td>").append(esc(m.title().in(language))).append("</td><td class=\"cp\">").append(m.creditPoints())
                        .append(" ECTS</td><td class=\"where\">")
                        .append(esc(where)).append("</td></tr>");
            }
            h.append("</table></td></tr>");
        }
        h.append("</table>");
        signatories(h, c, language);
        h.append("</body></html>");
        return h.toString();
    }

    /** Each awarding body's logo where it has one; the issuer's drawn seal where none has. */
    private static void head(StringBuilder h, CertificateContent c, String language) {
        h.append("<table class=\"head\"><tr><td><div style=\"font-size: 13pt; font-weight: bold;\">")
                .append(esc(c.awardingBodies().stream().map(b -> b.name().in(language)).reduce((a, b) -> a + " · " + b).orElse("")))
                .append("</div></td>");
        List<String> logos = c.awardingBodies().stream().map(b -> b.branding().logo()).filter(Objects::nonNull).toList();
        if (logos.isEmpty()) {
            h.append("<td style=\"text-align: right; width: 30mm;\"><div class=\"seal\"><div class=\"sealcode\">")
                    .append(esc(c.issuer().id().toUpperCase(Locale.ROOT))).append("</div><div>").append(esc(c.issuer().country()))
                    .append("</div></div></td>");
        } else {
            h.append("<td style=\"text-align: right;\">");
            logos.forEach(logo -> h.append("<img class=\"logo\" alt=\"\" src=\"").append(esc(logo)).append("\"/> "));
            h.append("</td>");
        }
        h.append("</tr></table>");
    }

    /** Who signs for each awarding body that names a signatory, side by side, kept together on one page. */
    private static void signatories(StringBuilder h, CertificateContent c, String language) {
        List<CertificateContent.AwardingBody> signing = c.awardingBodies().stream().filter(b -> b.branding().signatoryName() != null).toList();
        if (signing.isEmpty()) {
            return;
        }
        h.append("<table class=\"sign\"><tr>");
        for (CertificateContent.AwardingBody b : signing) {
            h.append("<td>");
            if (b.branding().signature() != null) {
                h.append("<img class=\"signature\" alt=\"\" src=\"").append(esc(b.branding().signature())).append("\"/>");
            }
            Text role = b.branding().signatoryRole();
            h.append("<div class=\"signatory\"><b>").append(esc(b.branding().signatoryName())).append("</b>")
                    .append(esc(role == null ? "" : ", " + role.in(language))).append("<br/>").append(esc(b.name().in(language))).append("</div></td>");
        }
        h.append("</tr></table>");
    }

    private static void footer(StringBuilder h, CertificateContent c, Function<String, String> label, String verifyUrl) {
        h.append("<table class=\"foot\"><tr><td class=\"qrspace\"></td><td>")
                .append(esc(label.apply("cert.verifyAt"))).append("<br/><b>").append(esc(verifyUrl)).append("</b><br/><br/>")
                .append(esc(label.apply("cert.attached"))).append("<br/>")
                .append(esc(label.apply("cert.id"))).append(" ").append(esc(c.id())).append(", ")
                .append(c.issued().atZone(ZoneOffset.UTC).toLocalDate()).append("</td></tr></table>");
    }

    // The QR code sits in the page's bottom margin, left of the footer's text (mm).
    private static final int BOTTOM_MARGIN_MM = 46;
    private static final int QR_LEFT_MM = 18;
    private static final int QR_BOTTOM_MM = 12;
    private static final int QR_SIZE_MM = 28;
    private static final float POINTS_PER_MM = 72f / 25.4f;

    /**
     * The QR code to the verification page, drawn as vector squares on every page. Images were
     * most of the cost of a PDF: decoded and re-compressed for each document.
     */
    static void drawQr(PDDocument document, String url) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code failed", e);
        }
        float size = QR_SIZE_MM * POINTS_PER_MM;
        float module = size / matrix.getWidth();
        float left = QR_LEFT_MM * POINTS_PER_MM;
        float bottom = QR_BOTTOM_MM * POINTS_PER_MM;
        for (PDPage page : document.getPages()) {
            try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setNonStrokingColor(Color.BLACK);
                for (int y = 0; y < matrix.getHeight(); y++) {
                    for (int x = 0; x < matrix.getWidth(); x++) {
                        if (matrix.get(x, y)) {
                            cs.addRect(left + x * module, bottom + size - (y + 1) * module, module, module);
                        }
                    }
                }
                cs.fill();
            }
        }
    }

    /** The institution's seal for the ELM display image: drawn once per institution from its name, as no seal images are registered. */
    static String seal(CertificateContent.AwardingBody body) {
        return SEALS.computeIfAbsent(body.id(), id -> {
            BufferedImage img = new BufferedImage(260, 260, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1d, 0x3f, 0x73));
            g.setStroke(new BasicStroke(8));
            g.drawOval(8, 8, 244, 244);
            g.setStroke(new BasicStroke(3));
            g.drawOval(26, 26, 208, 208);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 54));
            String code = id.toUpperCase(Locale.ROOT);
            int w = g.getFontMetrics().stringWidth(code);
            g.drawString(code, 130 - w / 2, 148);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            String country = body.country();
            g.drawString(country, 130 - g.getFontMetrics().stringWidth(country) / 2, 190);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(img, "PNG", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        });
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static byte[] font(String name) {
        try (InputStream in = Pdf.class.getResourceAsStream("/credentials/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
