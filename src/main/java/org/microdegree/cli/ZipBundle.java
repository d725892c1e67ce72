package org.microdegree.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.util.unit.DataSize;

/**
 * The parts of a ZIP bundle, read with limits so that a file cannot exhaust memory: no part larger
 * than {@code maxEntry} bytes once inflated, all parts together no larger than {@code maxTotal}, and
 * no part that inflates more than {@value #MAX_RATIO} times beyond {@value #RATIO_FROM} bytes (the
 * mark of a ZIP bomb; generated CSV files compress about ten times). A name twice is an error.
 */
final class ZipBundle {

    static final int MAX_RATIO = 200;
    static final long RATIO_FROM = 16L << 20;

    private ZipBundle() {
    }

    static Map<String, byte[]> read(Path file, List<String> known, long maxEntry, long maxTotal) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        try (CountingStream raw = new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
                ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String where = file + "!/" + e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (!known.contains(e.getName())) {
                    throw new UsageException(where + ": unknown part; a bundle holds " + String.join(", ", known));
                }
                if (parts.containsKey(e.getName())) {
                    throw new UsageException(where + ": the part is in the file twice; a bundle holds each part once");
                }
                long compressedBefore = raw.count;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    if (size > maxEntry) {
                        throw new UsageException(where + ": larger than " + human(maxEntry) + " once unpacked (--max-part-size)");
                    }
                    if (total + size > maxTotal) {
                        throw new UsageException(file + ": larger than " + human(maxTotal) + " once unpacked (--max-total-size)");
                    }
                    long compressed = Math.max(1, raw.count - compressedBefore);
                    if (size > RATIO_FROM && size / compressed > MAX_RATIO) {
                        throw new UsageException(where + ": unpacks to more than " + MAX_RATIO
                                + " times its packed size; this is not a bundle microdegree wrote (a ZIP bomb?)");
                    }
                    out.write(buffer, 0, n);
                }
                total += size;
                parts.put(e.getName(), out.toByteArray());
            }
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": not a readable ZIP file (" + e.getMessage() + ")");
        }
        if (parts.isEmpty()) {
            throw new UsageException(file + ": empty; a bundle holds " + String.join(", ", known));
        }
        return parts;
    }

    /** "512MB", "2GB", "10KB" or plain bytes. */
    static long parseSize(String option, String text) {
        try {
            return DataSize.parse(text.strip().toUpperCase(Locale.ROOT)).toBytes();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": expected a size such as 512MB or 2GB, got '" + text + "'");
        }
    }

    static String human(long bytes) {
        return bytes % (1L << 30) == 0 ? bytes / (1L << 30) + " GB" : bytes % (1L << 20) == 0 ? bytes / (1L << 20) + " MB" : bytes + " bytes";
    }

    /** Counts the packed bytes read from the file. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
