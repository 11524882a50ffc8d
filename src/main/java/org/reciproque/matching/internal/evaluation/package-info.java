/**
 * Measuring suggestions on labelled data sets ({@code shared/datasets/README.md} format):
 * the metrics, the BM25 baselines and a report that any suggestion function, from the lab
 * matcher to the application's service, can be run through.
 */
@NullMarked
package org.reciproque.matching.internal.evaluation;

import org.jspecify.annotations.NullMarked;
