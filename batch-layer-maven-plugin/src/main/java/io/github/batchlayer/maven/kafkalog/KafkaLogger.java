package io.github.batchlayer.maven.kafkalog;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One Kafka logger, writing to {@link KafkaClientLog}: error as error, warn and info as debug, less not at all. */
final class KafkaLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    KafkaLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return KafkaClientLog.debugEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return KafkaClientLog.debugEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        String message = name + ": " + MessageFormatter.basicArrayFormat(pattern, arguments);
        if (level == Level.ERROR) {
            KafkaClientLog.error(message, throwable);
        } else if (level == Level.WARN || level == Level.INFO) {
            KafkaClientLog.debug(message, throwable);
        }
    }
}
