/**
 * Names and text, one rule each: folding, slugs, honorifics, surname particles and countries. Every stage (importer,
 * linker, generator, IRIs) uses these and writes none of its own, so the same name always gives the same key and the
 * same id.
 */
package org.migkg.text;
