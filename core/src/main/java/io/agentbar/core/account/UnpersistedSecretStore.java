package io.agentbar.core.account;

import java.util.Optional;

/** For machines without a keychain: nothing is written, so the password is asked for each run. */
public final class UnpersistedSecretStore implements SecretStore {
    @Override
    public Optional<Secret> load(String key) {
        return Optional.empty();
    }

    @Override
    public boolean save(String key, Secret secret) {
        return false;
    }

    @Override
    public void delete(String key) {
        // nothing stored, nothing to delete
    }
}
