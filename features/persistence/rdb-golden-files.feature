@persistence @rdb
Feature: Loading RDB files written by Redis
  A server started on an RDB file holds exactly the dataset the file describes: every key with its type,
  value and expire time, the same DEBUG DIGEST, whatever version of the format and encoding of the values
  wrote it. The files and their expected datasets are in golden-rdb/ (see its README): files Redis 7.0.15
  wrote for every type and encoding, and the upstream test files with the encodings of older versions
  (zipmap, ziplist, intset, quicklist of ziplists, RDB versions 3 to 10).

  @needs:launch @needs:files @needs:debug
  Scenario Outline: A file of <what> loads with exactly its dataset
    Given the server is started with the RDB file "<file>"
    Then the server holds exactly the dataset of "<file>"

    Examples: written by Redis 7.0.15
      | what                                              | file                                      |
      | strings in every encoding                         | golden-rdb/redis-7.0.15/strings.rdb       |
      | lists with plain and compressed nodes             | golden-rdb/redis-7.0.15/lists.rdb         |
      | hashes, listpack and hashtable                    | golden-rdb/redis-7.0.15/hashes.rdb        |
      | sets, intset and hashtable                        | golden-rdb/redis-7.0.15/sets.rdb          |
      | sorted sets with infinite scores                  | golden-rdb/redis-7.0.15/zsets.rdb         |
      | every type with an expire time                    | golden-rdb/redis-7.0.15/expiry.rdb        |
      | several databases                                 | golden-rdb/redis-7.0.15/multidb.rdb       |
      | an empty dataset                                  | golden-rdb/redis-7.0.15/empty.rdb         |
      | one key of each type and encoding                 | golden-rdb/redis-7.0.15/all-types.rdb     |
      | values saved without compression                  | golden-rdb/redis-7.0.15/nocompression.rdb |
      | a checksum of zero (rdbchecksum no)               | golden-rdb/redis-7.0.15/nochecksum.rdb    |
      | keys with LRU idle times                          | golden-rdb/redis-7.0.15/lru.rdb           |
      | keys with LFU counters                            | golden-rdb/redis-7.0.15/lfu.rdb           |

    Examples: upstream files of older versions
      | what                                              | file                                      |
      | RDB 4 plain, ziplist and intset encodings         | golden-rdb/upstream/encodings.rdb         |
      | an RDB 3 zipmap hash                              | golden-rdb/upstream/hash-zipmap.rdb       |
      | an RDB 9 ziplist hash                             | golden-rdb/upstream/hash-ziplist.rdb      |
      | an RDB 10 ziplist sorted set                      | golden-rdb/upstream/zset-ziplist.rdb      |
      | an RDB 8 quicklist of ziplists                    | golden-rdb/upstream/list-quicklist.rdb    |
      | an old Lua script cache, which is ignored         | golden-rdb/upstream/scriptbackup.rdb      |

  @needs:launch @needs:files @needs:debug
  Scenario: Keys already expired when the file was saved are dropped on load
    Given the server is started with the RDB file "golden-rdb/redis-7.0.15/expired.rdb"
    Then the server holds exactly the dataset of "golden-rdb/redis-7.0.15/expired.rdb"
    And "EXISTS gone" replies (integer) 0
    And the INFO field "rdb_last_load_keys_expired" is "1"
    And the INFO field "rdb_last_load_keys_loaded" is "1"

  @needs:launch @needs:files @needs:debug
  Scenario: Empty collections in a file are skipped, not loaded
    Given the server is started with the RDB file "golden-rdb/upstream/corrupt_empty_keys.rdb"
    Then the server holds exactly the dataset of "golden-rdb/upstream/corrupt_empty_keys.rdb"
    And "DBSIZE" replies (integer) 0

  @needs:launch @needs:files @until:7.2
  Scenario Outline: Loaded values take the encodings Redis 7.0 gives them, and DUMP as Redis does
    Given the server is started with the RDB file "<file>"
    Then every key has the encoding and the DUMP payload listed for "<file>"

    Examples:
      | file                                      |
      | golden-rdb/redis-7.0.15/strings.rdb       |
      | golden-rdb/redis-7.0.15/lists.rdb         |
      | golden-rdb/redis-7.0.15/hashes.rdb        |
      | golden-rdb/redis-7.0.15/sets.rdb          |
      | golden-rdb/redis-7.0.15/zsets.rdb         |
      | golden-rdb/redis-7.0.15/all-types.rdb     |
      | golden-rdb/upstream/encodings.rdb         |
      | golden-rdb/upstream/hash-zipmap.rdb       |
      | golden-rdb/upstream/hash-ziplist.rdb      |
      | golden-rdb/upstream/zset-ziplist.rdb      |
      | golden-rdb/upstream/list-quicklist.rdb    |

  @needs:launch @needs:files @needs:debug
  Scenario Outline: A small hash <what> converts to a hashtable on load when it is over the limits
    Given the server is started with the RDB file "<file>" and:
      """
      <limit>
      """
    Then the server holds exactly the dataset of "<file>"
    And "OBJECT ENCODING hash" replies "hashtable"

    Examples:
      | what                 | file                                  | limit                      |
      | zipmap (RDB 3)       | golden-rdb/upstream/hash-zipmap.rdb   | hash-max-ziplist-entries 1 |
      | zipmap (RDB 3)       | golden-rdb/upstream/hash-zipmap.rdb   | hash-max-ziplist-value 1   |
      | ziplist (RDB 9)      | golden-rdb/upstream/hash-ziplist.rdb  | hash-max-ziplist-entries 1 |
