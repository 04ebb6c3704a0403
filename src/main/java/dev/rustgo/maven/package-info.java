/**
 * The Mojos: read parameters, build the request, call the engine, log, throw. The only package
 * that imports Maven.
 */
package dev.rustgo.maven;
