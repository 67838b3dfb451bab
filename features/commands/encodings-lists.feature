@encodings-lists
Feature: The list encoding
  Redis 7.0 keeps every list as a quicklist: a linked list of listpack nodes, each holding several
  elements up to list-max-listpack-size (alias list-max-ziplist-size; -1..-5 mean 4..64 KB per node,
  a positive number means that many elements), with the nodes more than list-compress-depth away
  from either end LZF-compressed. OBJECT ENCODING reports "quicklist" for any list, small or large,
  and the commands behave the same whatever the node layout. Every expectation here was first seen
  from real Redis 7.0.15.

  # ------------------------------------------------------------------ OBJECT ENCODING

  Scenario Outline: A list <state> is quicklist-encoded
    Given the client runs:
      """
      <setup>
      """
    When the client runs "OBJECT ENCODING l"
    Then the reply is "quicklist"

    Examples:
      | state                             | setup                                        |
      | of one element                    | RPUSH l a                                    |
      | of integers                       | RPUSH l 1 2 3 -4 9223372036854775807         |
      | of an empty string                | RPUSH l ""                                   |
      | of many elements                  | RPUSH l a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 |
      | built by LPUSH                    | LPUSH l a b                                  |
      | created by LMOVE                  | RPUSH src a\nLMOVE src l LEFT LEFT           |
      | created by RPOPLPUSH              | RPUSH src a\nRPOPLPUSH src l                 |
      | copied by COPY                    | RPUSH src a b\nCOPY src l                    |
      | left with one element by LTRIM    | RPUSH l a b c\nLTRIM l 1 1                   |
      | after LSET and LINSERT            | RPUSH l a b\nLSET l 0 xyz\nLINSERT l AFTER b c |
      | after LREM                        | RPUSH l a b a\nLREM l 0 a                    |

  Scenario Outline: A list emptied by <command> no longer exists
    Given the client runs "RPUSH l a b"
    When the client runs "<command>"
    Then "OBJECT ENCODING l" replies (nil)
    And "TYPE l" replies none

    Examples:
      | command                |
      | LPOP l 2               |
      | RPOP l 5               |
      | LTRIM l 2 -1           |
      | LMPOP 1 l LEFT COUNT 2 |

  @needs:config
  Scenario Outline: A list is quicklist-encoded with list-max-listpack-size <size> and list-compress-depth <depth>
    Given the config "list-max-listpack-size" is set to "<size>"
    And the config "list-compress-depth" is set to "<depth>"
    And the client runs "RPUSH l aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa4 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa6 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa7"
    When the client runs "OBJECT ENCODING l"
    Then the reply is "quicklist"

    Examples:
      | size  | depth |
      | 1     | 0     |
      | 2     | 1     |
      | 32767 | 0     |
      | -1    | 0     |
      | -5    | 2     |
      | 100000 | 100000 |
      | -100  | 0     |

  # ------------------------------------------------------------------ the parameters

  @needs:config
  Scenario: The list parameters have Redis's defaults, the fill under both of its names
    When the client runs "CONFIG GET list-*"
    Then the reply is an array containing, in any order:
      """
      "list-max-listpack-size"
      "-2"
      "list-max-ziplist-size"
      "-2"
      "list-compress-depth"
      "0"
      """

  @needs:config
  Scenario Outline: Setting the fill as <name> sets it under both names
    Given the config "<name>" is set to "5"
    When the client runs "CONFIG GET <other>"
    Then the reply is ["<other>", "5"]

    Examples:
      | name                   | other                  |
      | list-max-listpack-size | list-max-ziplist-size  |
      | list-max-ziplist-size  | list-max-listpack-size |

  @needs:config
  Scenario Outline: CONFIG SET <name> <value> is refused
    When the client runs "CONFIG SET <name> <value>"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument '<name>') - <reason>

    Examples:
      | name                   | value       | reason                                                           |
      | list-compress-depth    | -1          | argument must be between 0 and 2147483647 inclusive              |
      | list-compress-depth    | x           | argument couldn't be parsed into an integer                      |
      | list-max-listpack-size | abc         | argument couldn't be parsed into an integer                      |
      | list-max-listpack-size | 9999999999  | argument must be between -2147483648 and 2147483647 inclusive    |
      | list-max-ziplist-size  | 1.5         | argument couldn't be parsed into an integer                      |

  # ------------------------------------------------------------------ commands across node boundaries

  @needs:config
  Scenario Outline: Edits across nodes with list-max-listpack-size <size> and list-compress-depth <depth>
    Given the config "list-max-listpack-size" is set to "<size>"
    And the config "list-compress-depth" is set to "<depth>"
    And the client runs:
      """
      RPUSH l a b c d e f g h i j
      LINSERT l BEFORE e X
      LINSERT l AFTER j Y
      LSET l 3 Z
      LREM l 0 b
      LTRIM l 1 -2
      """
    When the client runs "LRANGE l 0 -1"
    Then the reply is ["c", "Z", "X", "e", "f", "g", "h", "i", "j"]
    And "LINDEX l -3" replies "h"
    And "LPOS l X" replies (integer) 2
    And "LLEN l" replies (integer) 9

    Examples:
      | size | depth |
      | 1    | 0     |
      | 2    | 0     |
      | 3    | 0     |
      | -1   | 0     |
      | 1    | 1     |
      | 2    | 1     |
      | 3    | 2     |
      | 2    | 3     |
      | -2   | 1     |
      | 5    | 1     |

  @needs:config
  Scenario Outline: Pops across nodes with list-max-listpack-size <size> and list-compress-depth <depth>
    Given the config "list-max-listpack-size" is set to "<size>"
    And the config "list-compress-depth" is set to "<depth>"
    And the client runs "RPUSH l 1 2 3 4 5 6 7 8 9 10 11 12"
    When the client runs "LPOP l 5"
    Then the reply is ["1", "2", "3", "4", "5"]
    When the client runs "RPOP l 4"
    Then the reply is ["12", "11", "10", "9"]
    And "LRANGE l 0 -1" replies ["6", "7", "8"]
    And "LMPOP 1 l RIGHT COUNT 2" replies ["l", ["8", "7"]]

    Examples:
      | size | depth |
      | 1    | 0     |
      | 2    | 1     |
      | 3    | 2     |
      | -1   | 1     |
      | 4    | 1     |

  @needs:config
  Scenario Outline: Inserts next to one pivot split and refill nodes with list-max-listpack-size <size>
    Given the config "list-max-listpack-size" is set to "<size>"
    And the config "list-compress-depth" is set to "1"
    And the client runs:
      """
      RPUSH l a b c d e f
      LINSERT l BEFORE d 1
      LINSERT l BEFORE d 2
      LINSERT l BEFORE d 3
      LINSERT l AFTER d 4
      LINSERT l AFTER a 5
      LINSERT l BEFORE a 6
      """
    When the client runs "LRANGE l 0 -1"
    Then the reply is ["6", "a", "5", "b", "c", "1", "2", "3", "d", "4", "e", "f"]

    Examples:
      | size |
      | 1    |
      | 2    |
      | 3    |
      | 4    |
      | -2   |

  @needs:config
  Scenario Outline: Rotating and removing from the tail with list-max-listpack-size <size> and list-compress-depth <depth>
    Given the config "list-max-listpack-size" is set to "<size>"
    And the config "list-compress-depth" is set to "<depth>"
    And the client runs:
      """
      RPUSH l x a x b x c x d
      RPOPLPUSH l l
      LMOVE l l RIGHT LEFT
      LMOVE l l LEFT RIGHT
      LREM l -2 x
      """
    When the client runs "LRANGE l 0 -1"
    Then the reply is ["d", "x", "a", "x", "b", "c"]

    Examples:
      | size | depth |
      | 1    | 0     |
      | 2    | 1     |
      | 3    | 1     |
      | -5   | 2     |

  @needs:config
  Scenario Outline: Long elements in compressed nodes read back intact with list-max-listpack-size <size>
    Given the config "list-max-listpack-size" is set to "<size>"
    And the config "list-compress-depth" is set to "1"
    And the client runs "RPUSH l aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb4 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb6 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa7 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb8"
    When the client runs "LINDEX l 3"
    Then the reply is "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb4"
    And "LPOS l aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5" replies (integer) 4
    And "LSET l 4 short" replies OK
    And "LRANGE l 3 5" replies ["bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb4", "short", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb6"]

    Examples:
      | size |
      | 1    |
      | 2    |
      | 3    |

  @needs:config
  Scenario: A list keeps the fill it was created with
    Given the config "list-max-listpack-size" is set to "1"
    And the client runs "RPUSH old a b c"
    And the config "list-max-listpack-size" is set to "-2"
    And the client runs "RPUSH old d e"
    When the client runs "LRANGE old 0 -1"
    Then the reply is ["a", "b", "c", "d", "e"]
    And "OBJECT ENCODING old" replies "quicklist"

  # ------------------------------------------------------------------ plain nodes (DEBUG QUICKLIST-PACKED-THRESHOLD)

  @needs:debug
  Scenario: Elements past the packed threshold are stored and edited like any other
    Given the client runs "DEBUG QUICKLIST-PACKED-THRESHOLD 100"
    And the client runs:
      """
      RPUSH l ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1 a b
      LINSERT l AFTER a qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq2
      LPUSH l head
      """
    When the client runs "LRANGE l 0 -1"
    Then the reply is ["head", "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1", "a", "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq2", "b"]
    And "OBJECT ENCODING l" replies "quicklist"
    And "LPOS l qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq2" replies (integer) 3
    And "LSET l 1 small" replies OK
    And "LSET l 2 ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1" replies OK
    And "LRANGE l 0 -1" replies ["head", "small", "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1", "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq2", "b"]
    And "LREM l 0 qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq2" replies (integer) 1
    And "RPOP l 3" replies ["b", "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1", "small"]
    And "DEBUG QUICKLIST-PACKED-THRESHOLD 0" replies OK

  @needs:debug
  Scenario: Long elements around the packed threshold move between nodes with LMOVE
    Given the client runs "DEBUG QUICKLIST-PACKED-THRESHOLD 100"
    And the client runs "RPUSH src ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1 x"
    When the client runs "LMOVE src dst LEFT RIGHT"
    Then the reply is "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1"
    And "LMOVE src dst LEFT LEFT" replies "x"
    And "LRANGE dst 0 -1" replies ["x", "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp1"]
    And "DEBUG QUICKLIST-PACKED-THRESHOLD 0" replies OK

  @needs:debug
  Scenario Outline: DEBUG QUICKLIST-PACKED-THRESHOLD refuses <size>
    When the client runs "DEBUG QUICKLIST-PACKED-THRESHOLD <size>"
    Then the reply is (error) ERR argument must be a memory value bigger than 1 and smaller than 4gb

    Examples:
      | size       |
      | 5gb        |
      | 4294967295 |
      | abc        |
      | -1         |

  @needs:debug
  Scenario: DEBUG QUICKLIST-PACKED-THRESHOLD accepts up to 4 GB less 1 MB
    When the client runs "DEBUG QUICKLIST-PACKED-THRESHOLD 4095mb"
    Then the reply is OK
    And "DEBUG QUICKLIST-PACKED-THRESHOLD 0" replies OK

  @needs:debug
  Scenario Outline: DEBUG QUICKLIST on <what>
    Given the client runs:
      """
      RPUSH l a b
      SET s v
      """
    When the client runs "DEBUG QUICKLIST <key>"
    Then the reply is <reply>

    Examples:
      | what            | key     | reply                                         |
      | a list          | l       | Quicklist structure printed on stdout         |
      | a list, level 1 | l 1     | Quicklist structure printed on stdout         |
      | a string        | s       | (error) ERR Not a quicklist encoded object.   |
      | a missing key   | missing | (error) ERR no such key                       |
