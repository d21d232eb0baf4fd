package dev.bazaar.api.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON body through, failing the read ({@link NulFound}, which {@link RefusedBody#in} turns into
 * a {@link NulInBodyException}) at the first {@code \u0000} escape in it: a backslash that is not itself
 * escaped, then u0000. A raw NUL byte is not JSON and is refused by the parser anyway.
 */
final class NulEscapeGuard extends FilterInputStream {

    /** The body holds the NUL escape. */
    static final class NulFound extends IOException {

        private static final long serialVersionUID = 1L;

        NulFound() {
            super("the body holds the NUL character");
        }
    }

    private static final byte[] ESCAPE = {'u', '0', '0', '0', '0'};

    /** The length of the run of backslashes just read. */
    private int backslashes;
    /** How much of {@link #ESCAPE} has followed an escaping backslash; -1 outside such an escape. */
    private int matched = -1;

    NulEscapeGuard(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(byte b) throws NulFound {
        if (matched >= 0) {
            if (b == ESCAPE[matched]) {
                if (++matched == ESCAPE.length) {
                    throw new NulFound();
                }
                return;
            }
            matched = -1;
        }
        if (b == '\\') {
            backslashes++;
            return;
        }
        if (b == 'u' && backslashes % 2 == 1) {
            matched = 1;
        }
        backslashes = 0;
    }
}
