/**
 * The engine's front door: an {@link dev.rustgo.audit.AuditRequest} in, an {@link
 * dev.rustgo.audit.AuditResult} out, with the steps between (discover, load, read the policy and
 * baseline, infer, assess, compare); writes nothing.
 */
package dev.rustgo.audit;
