package io.github.batchlayer.kafka;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a source iterator on its own thread, a bounded number of elements ahead of the consumer. Publishing
 * parses JSON and compresses batches on the calling thread; overlapping the two uses a second core without
 * letting memory grow (the queue holds at most {@code capacity} elements).
 */
final class PrefetchingIterator<T> implements Iterator<T>, AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread producer;
    private volatile boolean closed;
    private Object next;

    PrefetchingIterator(Iterator<T> source, int capacity, String threadName) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.producer = new Thread(() -> drain(source), threadName);
        this.producer.setDaemon(true);
        this.producer.start();
    }

    private void drain(Iterator<T> source) {
        try {
            while (!closed && source.hasNext()) {
                queue.put(source.next());
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // handed to the consumer, which rethrows it where the element would have been
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
        }
        if (next instanceof Failure failure) {
            next = END;
            if (failure.error instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) failure.error;
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T element = (T) next;
        next = null;
        return element;
    }

    /** Stops reading ahead (e.g. after a send failed); the source itself is closed by its owner. */
    @Override
    public void close() {
        closed = true;
        producer.interrupt();
        queue.clear();
        try {
            producer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Failure(Throwable error) {
    }
}
