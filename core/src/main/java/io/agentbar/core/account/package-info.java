/** Accounts and the secrets that go with them. */
package io.agentbar.core.account;
