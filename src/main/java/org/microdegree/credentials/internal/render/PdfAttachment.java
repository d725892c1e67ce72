package org.microdegree.credentials.internal.render;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** The signed credential inside the PDF, as an embedded file any PDF reader lists as an attachment. */
public final class PdfAttachment {

    // one provider: Json.createXxx() looks it up through the ServiceLoader on every call
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String FILE_NAME = "credential.json";

    private PdfAttachment() {
    }

    static void attach(PDDocument document, String credential, Instant issued) throws IOException {
        byte[] bytes = credential.getBytes(StandardCharsets.UTF_8);
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
        file.setSubtype("application/vc+ld+json");
        file.setSize(bytes.length);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(issued.toEpochMilli());
        file.setCreationDate(when);
        file.setModDate(when);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(FILE_NAME);
        spec.setFileUnicode(FILE_NAME);
        spec.setFileDescription("W3C Verifiable Credential (Open Badges 3.0), signed with eddsa-rdfc-2022");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        // PDF/A-3 associated file: the credential is the source the printed certificate was made from
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
        COSArray associated = new COSArray();
        associated.add(spec);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(FILE_NAME, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    /** The credential attached to a certificate PDF; empty when there is none or the PDF is unreadable. */
    public static Optional<JsonObject> credentialOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return Optional.empty();
            }
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            if (files == null || !files.containsKey(FILE_NAME)) {
                return Optional.empty();
            }
            PDEmbeddedFile file = files.get(FILE_NAME).getEmbeddedFile();
            String json = new String(file.toByteArray(), StandardCharsets.UTF_8);
            return Optional.of(JSON.createReader(new StringReader(json)).readObject());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

}
