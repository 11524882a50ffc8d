package org.reciproque.exchange;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * {@code @ApplicationModuleListener}s run after the publisher's commit, in their own
 * transaction and thread, so that a failing listener never fails the publisher's request.
 * Their {@code @Async} needs async execution enabled; nothing else in the application
 * enables it yet (it belongs to the platform module once another module listens this
 * way).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class ExchangeEventsConfiguration {

}
