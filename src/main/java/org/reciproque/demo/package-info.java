/**
 * The demo network loaded into an empty database by {@code ./mvnw spring-boot:run}, so
 * that a newcomer sees a living network at once.
 */
@NullMarked
package org.reciproque.demo;

import org.jspecify.annotations.NullMarked;
