package org.microdegree.credentials;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A certificate PDF as its reader sees it: each page's glyphs where they are drawn (in points from
 * the page's top-left corner), to check that nothing is drawn over anything else.
 */
record PdfPages(List<Page> pages, float height) {

    /** A glyph: its character and the box it takes (its em height above the baseline, as wide as it advances). */
    record Glyph(String text, Rectangle2D.Float box) {}

    record Page(int number, List<Glyph> glyphs) {

        @Override
        public String toString() {
            return "page " + number + " (" + glyphs.size() + " glyphs)";
        }

        /** Pairs of glyphs that are drawn over each other by more than a sliver. */
        List<String> overlaps() {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                Rectangle2D.Float a = glyphs.get(i).box();
                for (int j = i + 1; j < glyphs.size(); j++) {
                    Rectangle2D.Float b = glyphs.get(j).box();
                    if (a.intersects(b)) {
                        Rectangle2D common = a.createIntersection(b);
                        double smaller = Math.min(a.width * a.height, b.width * b.height);
                        if (common.getWidth() * common.getHeight() > 0.2 * smaller) {
                            found.add("page " + number + ": '" + glyphs.get(i).text() + "' at " + (int) a.x + "," + (int) a.y
                                    + " and '" + glyphs.get(j).text() + "' at " + (int) b.x + "," + (int) b.y);
                        }
                    }
                }
            }
            return found;
        }

        /** The text drawn between these distances from the top of the page. */
        String textBetween(float top, float bottom) {
            StringBuilder s = new StringBuilder();
            glyphs.stream().filter(g -> g.box().y >= top && g.box().y + g.box().height <= bottom).forEach(g -> s.append(g.text()));
            return s.toString().strip();
        }

        /** Glyphs that reach into this rectangle. */
        List<Glyph> within(Rectangle2D.Float area) {
            return glyphs.stream().filter(g -> g.box().intersects(area)).toList();
        }
    }

    static PdfPages read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        float size = t.getFontSizeInPt();
                        if (!t.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(t.getUnicode(), new Rectangle2D.Float(t.getXDirAdj(), t.getYDirAdj() - 0.7f * size,
                                    t.getWidthDirAdj(), 0.7f * size)));
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
                pages.add(new Page(p, glyphs));
            }
            return new PdfPages(pages, document.getPage(0).getMediaBox().getHeight());
        }
    }
}
