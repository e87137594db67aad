/**
 * The model of POST /handles: the request bodies ({@link io.handlekit.core.HandleRequest}, sealed over
 * activity and invite), the invite handle that answers an invite, and value types for the ids
 * ({@link io.handlekit.core.Guid}, {@link io.handlekit.core.Xuid}, {@link io.handlekit.core.TitleId}) that parse
 * once and print canonically. The records hold what a body says; the contract's limits are checked by the validator.
 *
 * <p>The contract's facts are kept here, once: {@link io.handlekit.core.ContractLimits},
 * {@link io.handlekit.core.ContractHeaders} and {@link io.handlekit.core.PropertyNames}, beside
 * {@link io.handlekit.core.HandleType} and {@link io.handlekit.core.HandleRequest#VERSION}. Every other module reads them
 * from here.
 */
@NullMarked
package io.handlekit.core;

import org.jspecify.annotations.NullMarked;
