package com.parkreview.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a free port of this machine to another port: what the network between a laptop
 * and a server is, for a test. {@link #cut} is the network going down: every connection through it
 * is closed and no new one is taken.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket listening;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public TcpRelay(int target) {
        this.target = target;
        try {
            listening = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "relay to " + target);
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** The network goes down: every connection through the relay closes, and nothing answers at its port. */
    public void cut() {
        close();
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException ignored) {
            // closed already
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket("localhost", target);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return; // cut
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread pumping = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: the other goes with it
            } finally {
                try {
                    to.close();
                } catch (IOException ignored) {
                    // closed already
                }
            }
        }, "relay pump");
        pumping.setDaemon(true);
        pumping.start();
    }
}
