/**
 * The validator's machinery. Not API: nothing here is stable; use {@link io.handlekit.validator.HandlesValidator}.
 */
package io.handlekit.validator.internal;
