/**
 * The judgement: the criteria, the guides' requirements, the rule catalogue, the typed thresholds
 * with their sources, the ownership economics, and the scorer that turns a service into a verdict.
 */
package dev.rustgo.criteria;
