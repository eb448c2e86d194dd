package io.github.batchlayer.kafka;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.ToLongFunction;

/**
 * Runs a source iterator on its own thread, ahead of the consumer. Publishing reads the file and compresses
 * batches on the calling thread; overlapping the two uses a second core without letting memory grow.
 *
 * <p>Elements cross between the threads in chunks (up to {@code chunkElements} elements or {@code chunkWeight}
 * weight, e.g. bytes, whichever comes first; a single heavier element makes a chunk of its own), and at most
 * {@code chunks} chunks wait. Handing over one element at a time would cost a lock and often a thread wake-up per
 * record, which on two cores was a visible share of publishing time.
 */
final class PrefetchingIterator<T> implements Iterator<T>, AutoCloseable {

    private final BlockingQueue<Chunk> queue;
    private final Thread reader;
    private final int chunkElements;
    private final long chunkWeight;
    private final ToLongFunction<T> weigher;
    private volatile boolean closed;
    private Chunk current = new Chunk(List.of(), null, false);
    private int position;

    PrefetchingIterator(Iterator<T> source, int chunks, int chunkElements, long chunkWeight, ToLongFunction<T> weigher,
                        String threadName) {
        this.queue = new ArrayBlockingQueue<>(chunks);
        this.chunkElements = chunkElements;
        this.chunkWeight = chunkWeight;
        this.weigher = weigher;
        this.reader = new Thread(() -> drain(source), threadName);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void drain(Iterator<T> source) {
        List<T> elements = new ArrayList<>(chunkElements);
        long weight = 0;
        try {
            try {
                while (!closed && source.hasNext()) {
                    T element = source.next();
                    elements.add(element);
                    weight += weigher.applyAsLong(element);
                    if (elements.size() >= chunkElements || weight >= chunkWeight) {
                        queue.put(new Chunk(elements, null, false));
                        elements = new ArrayList<>(chunkElements);
                        weight = 0;
                    }
                }
                queue.put(new Chunk(elements, null, true));
            } catch (RuntimeException | Error e) {
                // handed to the consumer, which rethrows it after the elements read before it
                queue.put(new Chunk(elements, e, true));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (position == current.elements.size()) {
            if (current.failure instanceof RuntimeException re) {
                throw re;
            }
            if (current.failure instanceof Error error) {
                throw error;
            }
            if (current.last) {
                return false;
            }
            try {
                current = queue.take();
                position = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.elements.get(position++);
    }

    /** Stops reading ahead (e.g. after a send failed); the source itself is closed by its owner. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        queue.clear();
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Chunk {
        final List<T> elements;
        final Throwable failure;
        final boolean last;

        Chunk(List<T> elements, Throwable failure, boolean last) {
            this.elements = elements;
            this.failure = failure;
            this.last = last;
        }
    }
}
