@persistence @rdb
Feature: Refusing bad RDB files at startup
  A server never starts with part of a dataset: a file with a wrong signature, a format version newer
  than the server handles, a checksum that does not match, a truncated end or a corrupt structure
  stops the startup with Redis's message and a non-zero exit code. The files are in golden-rdb/negative
  and golden-rdb/upstream; each one's messages from Redis 7.0.15 are in its .refused.txt.

  @needs:launch @needs:files
  Scenario Outline: A file with <problem> is refused
    When a server is started with the RDB file "<file>"
    Then the server refuses to start, logging "<message>"

    Examples:
      | problem                        | file                                                   | message                                                                                  |
      | a wrong signature              | golden-rdb/negative/bad-signature.rdb                  | Wrong signature trying to load DB from file                                              |
      | a newer format version (13)    | golden-rdb/negative/hash-ziplist-version13-header.rdb  | Can't handle RDB format version 13                                                       |
      | a checksum that does not match | golden-rdb/negative/hash-ziplist-crc-mismatch.rdb      | Wrong RDB checksum expected: (a38f9a4ce99f6414) but got (83986916fdd19c4f). Aborting now. |
      | a truncated end                | golden-rdb/negative/hash-ziplist-truncated.rdb         | Short read or OOM loading DB. Unrecoverable error, aborting now.                         |
      | a corrupt ziplist              | golden-rdb/upstream/corrupt_ziplist.rdb                | Hash ziplist integrity check failed.                                                     |

  @needs:launch @needs:files
  Scenario Outline: The refusal of <problem> says why in Redis's words
    When a server is started with the RDB file "<file>"
    Then the server refuses to start, logging "<reason>"

    Examples:
      | problem                   | file                                               | reason                                                 |
      | a wrong signature         | golden-rdb/negative/bad-signature.rdb              | Fatal error loading the DB: Invalid argument. Exiting. |
      | a checksum mismatch       | golden-rdb/negative/hash-ziplist-crc-mismatch.rdb  | -> RDB CRC error                                       |
      | a truncated end           | golden-rdb/negative/hash-ziplist-truncated.rdb     | -> Unexpected EOF reading RDB file                     |
      | a corrupt structure       | golden-rdb/upstream/corrupt_ziplist.rdb            | Terminating server after rdb file reading failure.     |

  @needs:launch @needs:files @needs:debug
  Scenario: With rdbchecksum off, a file whose checksum does not match loads
    Given the server is started with the RDB file "golden-rdb/negative/hash-ziplist-crc-mismatch.rdb" and:
      """
      rdbchecksum no
      """
    Then "HGETALL hash" replies ["f1", "v9", "f2", "v2"]
