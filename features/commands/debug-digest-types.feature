@needs:debug
Feature: DEBUG DIGEST of lists, sets, hashes and sorted sets
  Each type feeds its elements to the digest in Redis's way: a list in order, a set's members, a hash's
  field-value pairs and a sorted set's member-score pairs in any order, so the digest does not depend on
  the encoding (listpack, quicklist, intset, hashtable, skiplist). The expected digests were computed by
  Redis 7.0.15 on the same data.

  Scenario: Small values of every type digest as in Redis
    Given the client runs:
      """
      RPUSH l a b c
      SADD si 1 2 3
      SADD sh a b c
      HSET h f v g w
      ZADD z 1.5 m 2 n -0.1 o 1e300 p inf q
      """
    When the client runs "DEBUG DIGEST-VALUE l si sh h z"
    Then the reply is:
      """
      1) 8bf72d812571eea9b927f3c11beb0c4165a6ff89
      2) 2a462a3f51a1db89738ebbeef0c47ce1bbc85246
      3) 593c2414786d75446e97f4ea5d4b731f3313da72
      4) d127864ed50239662bf61bafc9bda63c17da5b37
      5) f143c483d1589abe64dea91bf4f363f5990503a8
      """

  Scenario: Large values of every type digest as in Redis
    Given for n from 1 to 1000, the client runs "RPUSH bl e{n}"
    And for n from 1 to 1000, the client runs "SADD bs m{n}"
    And for n from 1 to 1000, the client runs "HSET bh f{n} v{n}"
    And for n from 1 to 1000, the client runs "ZADD bz {n}.5 m{n}"
    When the client runs "DEBUG DIGEST-VALUE bl bs bh bz"
    Then the reply is:
      """
      1) cf35a337e9a0f0f88d472b043f1220d6d82d67d6
      2) de467e2f69892e1d1a05fd4cf2b0fb19f3d4e739
      3) 9d076748aa57e0cf946c99651d41b269e05cc7c2
      4) a61689833c1a6010c4ebd9b61d97368f399111f4
      """

  Scenario: A set digests the same as an intset and as a hash table
    Given for n from 1 to 513, the client runs "SADD big {n}"
    And for n from 4 to 513, the client runs "SREM big {n}"
    And the client runs "SADD small 1 2 3"
    When the client runs "DEBUG DIGEST-VALUE big small"
    Then the reply is:
      """
      1) 2a462a3f51a1db89738ebbeef0c47ce1bbc85246
      2) 2a462a3f51a1db89738ebbeef0c47ce1bbc85246
      """

  Scenario: A dataset of every type, some keys with an expire, digests as in Redis
    Given the client runs:
      """
      RPUSH l a b c
      SADD si 1 2 3
      SADD sh a b c
      HSET h f v g w
      ZADD z 1.5 m 2 n -0.1 o 1e300 p inf q
      """
    And for n from 1 to 1000, the client runs "RPUSH bl e{n}"
    And for n from 1 to 1000, the client runs "SADD bs m{n}"
    And for n from 1 to 1000, the client runs "HSET bh f{n} v{n}"
    And for n from 1 to 1000, the client runs "ZADD bz {n}.5 m{n}"
    And for n from 1 to 513, the client runs "SADD big {n}"
    And for n from 4 to 513, the client runs "SREM big {n}"
    And the client runs "EXPIRE l 100"
    And the client runs "EXPIRE bz 100"
    When the client runs "DEBUG DIGEST"
    Then the reply is 43565561e02179b659721ba0b63a203cd954e9e9
