package io.agentbar.core.account;

import java.util.Optional;

/** Where passwords are kept between runs: the OS keychain where one exists. */
public interface SecretStore {
    Optional<Secret> load(String key);

    /** @return false when this store cannot persist (then the app asks every time). */
    boolean save(String key, Secret secret);

    void delete(String key);

}
