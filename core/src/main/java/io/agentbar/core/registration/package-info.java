/**
 * Registration of the account with its registrar.
 *
 * <pre>
 *  Unregistered --Requested--> Registering --Succeeded--> Registered --(refresh: Requested)--> Registered
 *  Registering/Registered --Rejected--> Failed --Requested (retry timer or user)--> Registering
 *  Registering/Registered/Failed --UnregisterRequested--> Unregistering --UnregisterCompleted--> Unregistered
 * </pre>
 *
 * A {@code Failed} state without a retry time needs the user (wrong password): it never loops.
 */
package io.agentbar.core.registration;
