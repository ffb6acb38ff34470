package org.leasekeeper.dhcp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The DHCP listener: one receive loop on the server socket (plus, when bound to the wildcard address and serving
 * an interface, a socket bound to the interface's address so that broadcasts to direct clients leave by it and
 * unicast renewals to the server identifier arrive). Each datagram is handled on a virtual thread; at most
 * {@code maxInFlight} at once, the rest is shed and counted. Stopping stops reading, then lets in-flight work end.
 */
class DhcpSocketLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DhcpSocketLoop.class);
    /** Largest datagram read; RFC 2131 messages are 576+ bytes, option overload and long options stay well below. */
    static final int MAX_DATAGRAM = 4096;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final DhcpSettings settings;
    private final PacketProcessor processor;
    private final DhcpMetrics metrics;
    private final OutcomeRecorder recorder;
    private final Semaphore inFlight;
    private volatile boolean running;
    private @Nullable Selector selector;
    private @Nullable DatagramChannel serverChannel;
    private @Nullable DatagramChannel interfaceChannel;
    private @Nullable Thread receiver;
    private @Nullable ExecutorService workers;

    DhcpSocketLoop(DhcpSettings settings, PacketProcessor processor, DhcpMetrics metrics) {
        this.settings = settings;
        this.processor = processor;
        this.metrics = metrics;
        this.recorder = new OutcomeRecorder(metrics, log);
        this.inFlight = new Semaphore(settings.maxInFlight());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            selector = Selector.open();
            serverChannel = open(settings.bind(), DhcpProperties.BIND_ADDRESS);
            if (settings.needsInterfaceSocket() && settings.interfaceAddress() != null) {
                interfaceChannel = open(new InetSocketAddress(settings.interfaceAddress().toInetAddress(),
                        settings.bind().getPort()), DhcpProperties.INTERFACE);
            }
        } catch (IOException e) {
            closeAll();
            throw new IllegalStateException("cannot open the DHCP socket", e);
        } catch (RuntimeException e) {
            closeAll();
            throw e;
        }
        workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("dhcp-", 0).factory());
        running = true;
        receiver = Thread.ofPlatform().name("dhcp-receiver").start(this::receiveLoop);
        log.info("DHCP listener on {} (interface {}, server identifier {}, at most {} requests in flight)",
                boundAddress(), settings.interfaceName() == null ? "none: relayed clients only" : settings.interfaceName(),
                settings.serverIdentifier(), settings.maxInFlight());
    }

    private DatagramChannel open(InetSocketAddress address, String variable) throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
            channel.bind(address);
        } catch (IOException e) {
            channel.close();
            throw new InvalidDhcpSetting(variable, "cannot bind UDP " + address.getAddress().getHostAddress() + ":"
                    + address.getPort() + ": " + e.getMessage()
                    + (address.getPort() < 1024 ? " (port " + address.getPort()
                            + " needs root or CAP_NET_BIND_SERVICE; see " + DhcpProperties.PORT + ")" : ""));
        }
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ);
        return channel;
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        while (running) {
            try {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    receiveFrom((DatagramChannel) key.channel(), buffer);
                }
                selector.selectedKeys().clear();
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (running) {
                    log.error("DHCP receive failed; the listener goes on", e);
                }
            }
        }
    }

    private void receiveFrom(DatagramChannel channel, ByteBuffer buffer) throws IOException {
        while (running) {
            buffer.clear();
            InetSocketAddress sender = (InetSocketAddress) channel.receive(buffer);
            if (sender == null) {
                return;
            }
            buffer.flip();
            byte[] payload = new byte[buffer.remaining()];
            buffer.get(payload);
            dispatch(new Datagram(payload, sender));
        }
    }

    private void dispatch(Datagram datagram) {
        if (!inFlight.tryAcquire()) {
            recorder.record(Outcome.dropped(DropReason.OVERLOAD,
                    settings.maxInFlight() + " requests already in flight"), datagram);
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    handle(datagram);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            recorder.record(Outcome.dropped(DropReason.OVERLOAD, "listener stopping"), datagram);
        }
    }

    private void handle(Datagram datagram) {
        Outcome outcome = recorder.process(processor, datagram);
        if (outcome instanceof Outcome.Reply reply) {
            send(reply, datagram);
        }
    }

    private void send(Outcome.Reply reply, Datagram request) {
        DatagramChannel channel = reply.viaInterface() && interfaceChannel != null ? interfaceChannel : serverChannel;
        try {
            int sent = channel.send(ByteBuffer.wrap(reply.payload()), reply.destination());
            if (sent == 0) {
                throw new IOException("socket send buffer full");
            }
            metrics.sent(reply.messageType());
        } catch (IOException | RuntimeException e) {
            recorder.record(Outcome.dropped(DropReason.SEND_FAILED,
                    "to " + reply.destination() + ": " + e.getMessage()), request);
        }
    }

    @Override
    public void stop() {
        Thread reading;
        ExecutorService working;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            reading = receiver;
            working = workers;
        }
        selector.wakeup();
        try {
            reading.join(STOP_TIMEOUT.toMillis());
            working.shutdown();
            if (!working.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("DHCP listener stopped with requests still in flight");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeAll();
        }
        log.info("DHCP listener stopped");
    }

    private synchronized void closeAll() {
        for (AutoCloseable open : new AutoCloseable[] {selector, serverChannel, interfaceChannel}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                log.debug("closing {} failed", open, e);
            }
        }
        selector = null;
        serverChannel = null;
        interfaceChannel = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while the server socket is open and bound. */
    boolean isBound() {
        DatagramChannel channel = serverChannel;
        return running && channel != null && channel.isOpen();
    }

    /** The server socket's address (the actual port when bound to port 0), or null when not bound. */
    @Nullable InetSocketAddress boundAddress() {
        try {
            DatagramChannel channel = serverChannel;
            return channel == null ? null : (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    int inFlight() {
        return settings.maxInFlight() - inFlight.availablePermits();
    }
}
