package org.claimgraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that refuses bad bytes instead of silently inserting U+FFFD (which would corrupt
 * the text spans point into), and says where the first bad byte is.
 */
final class StrictUtf8 {

    /** The input is not valid UTF-8; {@code byteOffset} is 0-based within the file. */
    static final class InvalidUtf8Exception extends Exception {
        final long byteOffset;

        InvalidUtf8Exception(long byteOffset) {
            super("invalid UTF-8 at byte " + byteOffset);
            this.byteOffset = byteOffset;
        }
    }

    private StrictUtf8() {}

    /**
     * Decodes {@code bytes[from, from+len)}; {@code baseOffset} is the file offset of {@code from},
     * used only for the error position. A leading byte-order mark is dropped.
     */
    static String decode(byte[] bytes, int from, int len, long baseOffset) throws InvalidUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, len);
        // UTF-8 never yields more UTF-16 units than bytes, so one buffer of len chars always suffices.
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidUtf8Exception(baseOffset + in.position() - from);
        }
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Index (relative to {@code from}) of the first NUL byte, or -1: NULs never occur in text. */
    static int indexOfNul(byte[] bytes, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (bytes[i] == 0) {
                return i - from;
            }
        }
        return -1;
    }
}
