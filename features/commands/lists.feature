@lists
Feature: List commands
  A list is a sequence of binary-safe strings, kept in insertion order, that grows and shrinks at both
  ends and can be read, changed and searched by index. A list exists while it has elements: the command
  that removes its last element deletes the key. The blocking pops are in blocking.feature.
  Every expectation here was first seen from real Redis 7.0.15.

  # ------------------------------------------------------------------ LPUSH, RPUSH, LPUSHX, RPUSHX

  Scenario: LPUSH inserts each element at the head in turn and replies the new length
    When the client runs "LPUSH l a b c"
    Then the reply is (integer) 3
    And "LRANGE l 0 -1" replies ["c", "b", "a"]

  Scenario: RPUSH appends each element at the tail and replies the new length
    When the client runs "RPUSH l a b c"
    Then the reply is (integer) 3
    And "LRANGE l 0 -1" replies ["a", "b", "c"]

  Scenario: Pushing onto an existing list adds to it
    Given the client runs "RPUSH l a b"
    When the client runs "LPUSH l z"
    Then the reply is (integer) 3
    And "LRANGE l 0 -1" replies ["z", "a", "b"]

  Scenario Outline: <command> does nothing when the key does not exist
    When the client runs "<command> l a b"
    Then the reply is (integer) 0
    And "EXISTS l" replies (integer) 0

    Examples:
      | command |
      | LPUSHX  |
      | RPUSHX  |

  Scenario Outline: <command> pushes onto an existing list
    Given the client runs "RPUSH l m"
    When the client runs "<command> l a b"
    Then the reply is (integer) 3
    And "LRANGE l 0 -1" replies <contents>

    Examples:
      | command | contents             |
      | LPUSHX  | ["b", "a", "m"]      |
      | RPUSHX  | ["m", "a", "b"]      |

  Scenario: Elements come back exactly as pushed, numbers included
    When the client runs 'RPUSH l 10 010 -0 1.50 "" 9223372036854775808 -9223372036854775808 " 7"'
    Then the reply is (integer) 8
    And "LRANGE l 0 -1" replies ["10", "010", "-0", "1.50", "", "9223372036854775808", "-9223372036854775808", " 7"]

  Scenario: Elements are binary safe
    Given the client runs 'RPUSH l "a\x00b\r\n" "\xff\xfe"'
    When the client runs "LINDEX l 0"
    Then the reply is "a\x00b\r\n"
    And "LINDEX l 1" replies "\xff\xfe"

  Scenario: A list created by LPUSH has the type list
    Given the client runs "LPUSH l a"
    When the client runs "TYPE l"
    Then the reply is list

  # ------------------------------------------------------------------ wrong type, arity

  Scenario Outline: <command> on a key holding a string is a WRONGTYPE error
    Given the client runs "SET k v"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "GET k" replies "v"

    Examples:
      | command                      |
      | LPUSH k a                    |
      | RPUSH k a                    |
      | LPUSHX k a                   |
      | RPUSHX k a                   |
      | LPOP k                       |
      | RPOP k 2                     |
      | LLEN k                       |
      | LRANGE k 0 -1                |
      | LINDEX k 0                   |
      | LSET k 0 x                   |
      | LINSERT k BEFORE a b         |
      | LREM k 0 a                   |
      | LTRIM k 0 1                  |
      | LPOS k a                     |
      | LMOVE k dst LEFT RIGHT       |
      | RPOPLPUSH k dst              |
      | LMPOP 1 k LEFT               |
      | BLPOP k 0                    |
      | BRPOP k 0                    |
      | BLMOVE k dst LEFT LEFT 0     |
      | BRPOPLPUSH k dst 0           |
      | BLMPOP 0 1 k RIGHT           |

  Scenario Outline: <command> into a destination holding a string is a WRONGTYPE error and moves nothing
    Given the client runs:
      """
      RPUSH src a
      SET k v
      """
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "LRANGE src 0 -1" replies ["a"]

    Examples:
      | command                    |
      | LMOVE src k LEFT RIGHT     |
      | RPOPLPUSH src k            |
      | BLMOVE src k RIGHT LEFT 0  |
      | BRPOPLPUSH src k 0         |

  Scenario Outline: <command> checks its arity
    When the client runs "<command>"
    Then the reply is (error) ERR wrong number of arguments for '<name>' command

    Examples:
      | command        | name      |
      | LPUSH l        | lpush     |
      | RPUSHX l       | rpushx    |
      | LPOP           | lpop      |
      | LPOP l 1 2     | lpop      |
      | RPOP l 1 2     | rpop      |
      | LLEN           | llen      |
      | LRANGE l 0     | lrange    |
      | LINDEX l       | lindex    |
      | LSET l 0       | lset      |
      | LINSERT l a b  | linsert   |
      | LREM l 0       | lrem      |
      | LTRIM l 0      | ltrim     |
      | LPOS l         | lpos      |
      | LMOVE a b LEFT | lmove     |
      | RPOPLPUSH a    | rpoplpush |
      | LMPOP 1 l      | lmpop     |

  # ------------------------------------------------------------------ LPOP, RPOP

  Scenario Outline: <command> removes and returns the element at its end
    Given the client runs "RPUSH l a b c"
    When the client runs "<command> l"
    Then the reply is <element>
    And "LRANGE l 0 -1" replies <rest>

    Examples:
      | command | element | rest        |
      | LPOP    | "a"     | ["b", "c"]  |
      | RPOP    | "c"     | ["a", "b"]  |

  Scenario Outline: <command> with a count returns up to count elements in the order they are popped
    Given the client runs "RPUSH l a b c d"
    When the client runs "<command> l <count>"
    Then the reply is <popped>
    And "LRANGE l 0 -1" replies <rest>

    Examples:
      | command | count | popped          | rest            |
      | LPOP    | 1     | ["a"]           | ["b", "c", "d"] |
      | LPOP    | 3     | ["a", "b", "c"] | ["d"]           |
      | RPOP    | 1     | ["d"]           | ["a", "b", "c"] |
      | RPOP    | 3     | ["d", "c", "b"] | ["a"]           |

  Scenario Outline: <command> with a count larger than the list empties it and deletes the key
    Given the client runs "RPUSH l a b"
    When the client runs "<command> l 10"
    Then the reply is <popped>
    And "EXISTS l" replies (integer) 0

    Examples:
      | command | popped      |
      | LPOP    | ["a", "b"]  |
      | RPOP    | ["b", "a"]  |

  Scenario: Popping the last element deletes the key
    Given the client runs "RPUSH l only"
    When the client runs "RPOP l"
    Then the reply is "only"
    And "EXISTS l" replies (integer) 0

  Scenario Outline: <command> with a count of 0 replies an empty array and keeps the list
    Given the client runs "RPUSH l a"
    When the client runs "<command> l 0"
    Then the reply is (empty array)
    And "LLEN l" replies (integer) 1

    Examples:
      | command |
      | LPOP    |
      | RPOP    |

  Scenario Outline: <command> of a missing key is a null bulk without a count and a null array with one
    When the client runs "<command>"
    Then the reply is <reply>

    Examples:
      | command     | reply        |
      | LPOP l      | (nil)        |
      | RPOP l      | (nil)        |
      | LPOP l 2    | (nil array)  |
      | RPOP l 2    | (nil array)  |
      | LPOP l 0    | (nil array)  |

  @resp3
  Scenario Outline: <command> of a missing key is the RESP3 null with or without a count
    When the client switches to RESP3
    And the client runs "<command>"
    Then the reply is (null)

    Examples:
      | command   |
      | LPOP l    |
      | RPOP l 2  |

  Scenario Outline: LPOP refuses a count that is not a non-negative integer, before looking at the key
    Given the client runs "SET s v"
    When the client runs "LPOP <key> <count>"
    Then the reply is (error) ERR value is out of range, must be positive

    Examples:
      | key | count |
      | l   | -1    |
      | l   | abc   |
      | s   | 1.5   |

  # ------------------------------------------------------------------ LLEN

  Scenario: LLEN counts the elements
    Given the client runs "RPUSH l a b c"
    When the client runs "LLEN l"
    Then the reply is (integer) 3

  Scenario: LLEN of a missing key is 0
    When the client runs "LLEN l"
    Then the reply is (integer) 0

  # ------------------------------------------------------------------ LRANGE

  Scenario Outline: LRANGE <start> <stop> selects an inclusive range, negative indexes counting from the tail
    Given the client runs "RPUSH l a b c d e"
    When the client runs "LRANGE l <start> <stop>"
    Then the reply is <reply>

    Examples:
      | start | stop | reply                          |
      | 0     | -1   | ["a", "b", "c", "d", "e"]      |
      | 1     | 3    | ["b", "c", "d"]                |
      | -2    | -1   | ["d", "e"]                     |
      | -100  | 100  | ["a", "b", "c", "d", "e"]      |
      | 0     | 0    | ["a"]                          |
      | -1    | -1   | ["e"]                          |
      | 3     | 1    | (empty array)                  |
      | 5     | 10   | (empty array)                  |
      | -100  | -6   | (empty array)                  |
      | 2     | 100  | ["c", "d", "e"]                |

  Scenario: LRANGE of a missing key is an empty array
    When the client runs "LRANGE l 0 -1"
    Then the reply is (empty array)

  Scenario: LRANGE parses its indexes before looking at the key
    Given the client runs "SET s v"
    When the client runs "LRANGE s 0 x"
    Then the reply is (error) ERR value is not an integer or out of range

  # ------------------------------------------------------------------ LINDEX

  Scenario Outline: LINDEX <index> reads one element, negative indexes counting from the tail
    Given the client runs "RPUSH l a b c"
    When the client runs "LINDEX l <index>"
    Then the reply is <reply>

    Examples:
      | index | reply |
      | 0     | "a"   |
      | 2     | "c"   |
      | -1    | "c"   |
      | -3    | "a"   |
      | 3     | (nil) |
      | -4    | (nil) |

  Scenario: LINDEX of a missing key is nil, even with an index that is not a number
    When the client runs "LINDEX l x"
    Then the reply is (nil)

  Scenario: LINDEX refuses an index that is not an integer
    Given the client runs "RPUSH l a"
    When the client runs "LINDEX l 1.0"
    Then the reply is (error) ERR value is not an integer or out of range

  @resp3
  Scenario: LINDEX out of range is the RESP3 null
    Given the client runs "RPUSH l a"
    When the client switches to RESP3
    And the client runs "LINDEX l 5"
    Then the reply is (null)

  # ------------------------------------------------------------------ LSET

  Scenario Outline: LSET <index> replaces one element
    Given the client runs "RPUSH l a b c"
    When the client runs "LSET l <index> new"
    Then the reply is OK
    And "LRANGE l 0 -1" replies <contents>

    Examples:
      | index | contents             |
      | 0     | ["new", "b", "c"]    |
      | -1    | ["a", "b", "new"]    |
      | 1     | ["a", "new", "c"]    |

  Scenario Outline: LSET outside the list is an error
    Given the client runs "RPUSH l a b c"
    When the client runs "LSET l <index> new"
    Then the reply is (error) ERR index out of range

    Examples:
      | index |
      | 3     |
      | -4    |

  Scenario: LSET on a missing key is an error, whatever the index
    When the client runs "LSET l x new"
    Then the reply is (error) ERR no such key

  Scenario: LSET refuses an index that is not an integer
    Given the client runs "RPUSH l a"
    When the client runs "LSET l first new"
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario: LSET can replace a short element with a long one and back
    Given the client runs "RPUSH l a b c"
    When the client runs "LSET l 1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    Then the reply is OK
    And "LINDEX l 1" replies "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    When the client runs "LSET l 1 12345"
    Then "LRANGE l 0 -1" replies ["a", "12345", "c"]

  # ------------------------------------------------------------------ LINSERT

  Scenario Outline: LINSERT <where> puts the element next to the first occurrence of the pivot
    Given the client runs "RPUSH l a p b p"
    When the client runs "LINSERT l <where> p new"
    Then the reply is (integer) 5
    And "LRANGE l 0 -1" replies <contents>

    Examples:
      | where  | contents                        |
      | BEFORE | ["a", "new", "p", "b", "p"]     |
      | AFTER  | ["a", "p", "new", "b", "p"]     |
      | before | ["a", "new", "p", "b", "p"]     |
      | After  | ["a", "p", "new", "b", "p"]     |

  Scenario: LINSERT replies -1 when the pivot is not in the list
    Given the client runs "RPUSH l a b"
    When the client runs "LINSERT l BEFORE zz new"
    Then the reply is (integer) -1
    And "LLEN l" replies (integer) 2

  Scenario: LINSERT on a missing key replies 0 and creates nothing
    When the client runs "LINSERT l BEFORE a new"
    Then the reply is (integer) 0
    And "EXISTS l" replies (integer) 0

  Scenario: LINSERT refuses a position other than BEFORE or AFTER, before looking at the key
    When the client runs "LINSERT l MIDDLE a new"
    Then the reply is (error) ERR syntax error

  Scenario: LINSERT matches integers by their text
    Given the client runs "RPUSH l 1 01 10"
    When the client runs "LINSERT l AFTER 01 x"
    Then the reply is (integer) 4
    And "LRANGE l 0 -1" replies ["1", "01", "x", "10"]

  # ------------------------------------------------------------------ LREM

  Scenario Outline: LREM <count> removes matching elements <how>
    Given the client runs "RPUSH l x a x b x c x"
    When the client runs "LREM l <count> x"
    Then the reply is (integer) <removed>
    And "LRANGE l 0 -1" replies <contents>

    Examples:
      | count | how                      | removed | contents                             |
      | 2     | from the head            | 2       | ["a", "b", "x", "c", "x"]            |
      | -2    | from the tail            | 2       | ["x", "a", "x", "b", "c"]            |
      | 0     | everywhere               | 4       | ["a", "b", "c"]                      |
      | 10    | up to the count          | 4       | ["a", "b", "c"]                      |
      | -1    | last one first           | 1       | ["x", "a", "x", "b", "x", "c"]       |

  Scenario: LREM that removes every element deletes the key
    Given the client runs "RPUSH l x x"
    When the client runs "LREM l 0 x"
    Then the reply is (integer) 2
    And "EXISTS l" replies (integer) 0

  Scenario: LREM replies 0 when nothing matches or the key is missing
    Given the client runs "RPUSH l a"
    When the client runs "LREM l 0 b"
    Then the reply is (integer) 0
    And "LREM missing 0 b" replies (integer) 0

  Scenario: LREM parses its count before looking at the key
    When the client runs "LREM l all x"
    Then the reply is (error) ERR value is not an integer or out of range

  # ------------------------------------------------------------------ LTRIM

  Scenario Outline: LTRIM <start> <stop> keeps only that range
    Given the client runs "RPUSH l a b c d e"
    When the client runs "LTRIM l <start> <stop>"
    Then the reply is OK
    And "LRANGE l 0 -1" replies <contents>

    Examples:
      | start | stop | contents                  |
      | 1     | 3    | ["b", "c", "d"]           |
      | 0     | -2   | ["a", "b", "c", "d"]      |
      | -2    | 100  | ["d", "e"]                |
      | -100  | 0    | ["a"]                     |
      | 0     | -1   | ["a", "b", "c", "d", "e"] |

  Scenario Outline: LTRIM to an empty range deletes the key
    Given the client runs "RPUSH l a b c"
    When the client runs "LTRIM l <start> <stop>"
    Then the reply is OK
    And "EXISTS l" replies (integer) 0

    Examples:
      | start | stop |
      | 2     | 1    |
      | 3     | 10   |
      | 0     | -4   |

  Scenario: LTRIM of a missing key is OK
    When the client runs "LTRIM l 0 1"
    Then the reply is OK
    And "EXISTS l" replies (integer) 0

  Scenario: LTRIM parses its indexes before looking at the key
    Given the client runs "SET s v"
    When the client runs "LTRIM s a 1"
    Then the reply is (error) ERR value is not an integer or out of range

  # ------------------------------------------------------------------ LPOS

  Scenario Outline: LPOS <options>
    Given the client runs "RPUSH l a b c 1 2 3 c c"
    When the client runs "LPOS l <element> <options>"
    Then the reply is <reply>

    Examples:
      | element | options                | reply                                    |
      | c       |                        | (integer) 2                              |
      | c       | RANK 2                 | (integer) 6                              |
      | c       | RANK 3                 | (integer) 7                              |
      | c       | RANK 4                 | (nil)                                    |
      | c       | RANK -1                | (integer) 7                              |
      | c       | RANK -3                | (integer) 2                              |
      | c       | COUNT 0                | [(integer) 2, (integer) 6, (integer) 7]  |
      | c       | COUNT 2                | [(integer) 2, (integer) 6]               |
      | c       | COUNT 10               | [(integer) 2, (integer) 6, (integer) 7]  |
      | c       | RANK 2 COUNT 0         | [(integer) 6, (integer) 7]               |
      | c       | RANK -1 COUNT 2        | [(integer) 7, (integer) 6]               |
      | c       | MAXLEN 2               | (nil)                                    |
      | c       | MAXLEN 3               | (integer) 2                              |
      | c       | COUNT 0 MAXLEN 7       | [(integer) 2, (integer) 6]               |
      | c       | RANK -1 MAXLEN 1       | (integer) 7                              |
      | c       | RANK -2 MAXLEN 1       | (nil)                                    |
      | c       | rank 2 count 1 maxlen 0 | [(integer) 6]                           |
      | x       |                        | (nil)                                    |
      | x       | COUNT 0                | (empty array)                            |
      | 1       |                        | (integer) 3                              |
      | 01      |                        | (nil)                                    |
      | c       | COUNT 1 COUNT 2        | [(integer) 2, (integer) 6]               |
      | c       | RANK -9223372036854775808 | (integer) 7                           |

  Scenario Outline: LPOS refuses <options>, before looking at the key
    Given the client runs "SET s v"
    When the client runs "LPOS <key> a <options>"
    Then the reply is (error) <error>

    Examples:
      | key | options     | error                                                                                                                      |
      | l   | RANK 0      | ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list |
      | s   | RANK 0      | ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list |
      | l   | RANK x      | ERR value is not an integer or out of range                                                                                |
      | l   | COUNT -1    | ERR COUNT can't be negative                                                                                                |
      | l   | COUNT x     | ERR COUNT can't be negative                                                                                                |
      | l   | MAXLEN -1   | ERR MAXLEN can't be negative                                                                                               |
      | l   | MAXLEN 1.5  | ERR MAXLEN can't be negative                                                                                               |
      | l   | FIRST 1     | ERR syntax error                                                                                                           |
      | s   | RANK        | ERR syntax error                                                                                                           |

  Scenario Outline: LPOS of a missing key is <reply>
    When the client runs "LPOS l a <options>"
    Then the reply is <reply>

    Examples:
      | options | reply         |
      |         | (nil)         |
      | COUNT 0 | (empty array) |
      | RANK -1 | (nil)         |

  @resp3
  Scenario: LPOS without a match is the RESP3 null
    Given the client runs "RPUSH l a"
    When the client switches to RESP3
    And the client runs "LPOS l b"
    Then the reply is (null)

  # ------------------------------------------------------------------ LMOVE, RPOPLPUSH

  Scenario Outline: LMOVE <from> <to> moves one element between the given ends
    Given the client runs:
      """
      RPUSH src a b c
      RPUSH dst x y
      """
    When the client runs "LMOVE src dst <from> <to>"
    Then the reply is <moved>
    And "LRANGE src 0 -1" replies <src>
    And "LRANGE dst 0 -1" replies <dst>

    Examples:
      | from  | to    | moved | src         | dst                |
      | LEFT  | LEFT  | "a"   | ["b", "c"]  | ["a", "x", "y"]    |
      | LEFT  | RIGHT | "a"   | ["b", "c"]  | ["x", "y", "a"]    |
      | RIGHT | LEFT  | "c"   | ["a", "b"]  | ["c", "x", "y"]    |
      | RIGHT | RIGHT | "c"   | ["a", "b"]  | ["x", "y", "c"]    |
      | left  | right | "a"   | ["b", "c"]  | ["x", "y", "a"]    |

  Scenario: LMOVE creates the destination list
    Given the client runs "RPUSH src a b"
    When the client runs "LMOVE src dst RIGHT LEFT"
    Then the reply is "b"
    And "LRANGE dst 0 -1" replies ["b"]

  Scenario: LMOVE of the last element deletes the source
    Given the client runs "RPUSH src a"
    When the client runs "LMOVE src dst LEFT LEFT"
    Then the reply is "a"
    And "EXISTS src" replies (integer) 0

  Scenario Outline: LMOVE onto the same list rotates it
    Given the client runs "RPUSH l a b c"
    When the client runs "LMOVE l l <from> <to>"
    Then the reply is <moved>
    And "LRANGE l 0 -1" replies <contents>

    Examples:
      | from  | to    | moved | contents          |
      | LEFT  | RIGHT | "a"   | ["b", "c", "a"]   |
      | RIGHT | LEFT  | "c"   | ["c", "a", "b"]   |
      | LEFT  | LEFT  | "a"   | ["a", "b", "c"]   |

  Scenario: LMOVE of the only element onto the same list keeps the key
    Given the client runs "RPUSH l a"
    When the client runs "LMOVE l l LEFT RIGHT"
    Then the reply is "a"
    And "LRANGE l 0 -1" replies ["a"]

  Scenario: LMOVE from a missing key is nil and does not look at the destination
    Given the client runs "SET dst v"
    When the client runs "LMOVE src dst LEFT RIGHT"
    Then the reply is (nil)
    And "EXISTS src" replies (integer) 0

  Scenario Outline: LMOVE refuses a direction other than LEFT or RIGHT
    When the client runs "LMOVE src dst <from> <to>"
    Then the reply is (error) ERR syntax error

    Examples:
      | from | to     |
      | UP   | LEFT   |
      | LEFT | MIDDLE |

  Scenario: RPOPLPUSH moves the tail of one list to the head of another
    Given the client runs:
      """
      RPUSH src a b c
      RPUSH dst x
      """
    When the client runs "RPOPLPUSH src dst"
    Then the reply is "c"
    And "LRANGE src 0 -1" replies ["a", "b"]
    And "LRANGE dst 0 -1" replies ["c", "x"]

  Scenario: RPOPLPUSH onto the same list rotates it by one
    Given the client runs "RPUSH l a b c"
    When the client runs "RPOPLPUSH l l"
    Then the reply is "c"
    And "LRANGE l 0 -1" replies ["c", "a", "b"]

  Scenario: RPOPLPUSH from a missing key is nil
    When the client runs "RPOPLPUSH src dst"
    Then the reply is (nil)
    And "EXISTS dst" replies (integer) 0

  @resp3
  Scenario Outline: <command> from a missing key is the RESP3 null
    When the client switches to RESP3
    And the client runs "<command>"
    Then the reply is (null)

    Examples:
      | command                |
      | LMOVE src dst LEFT LEFT |
      | RPOPLPUSH src dst      |

  # ------------------------------------------------------------------ LMPOP

  Scenario Outline: LMPOP <where> <count> pops from the first non-empty list and names it
    Given the client runs:
      """
      RPUSH l1 a b c
      RPUSH l2 x y
      """
    When the client runs "LMPOP 3 missing l1 l2 <where> <count>"
    Then the reply is <reply>

    Examples:
      | where | count    | reply                           |
      | LEFT  |          | ["l1", ["a"]]                   |
      | RIGHT |          | ["l1", ["c"]]                   |
      | LEFT  | COUNT 2  | ["l1", ["a", "b"]]              |
      | RIGHT | COUNT 2  | ["l1", ["c", "b"]]              |
      | right | count 10 | ["l1", ["c", "b", "a"]]         |

  Scenario: LMPOP that empties a list deletes it
    Given the client runs "RPUSH l a b"
    When the client runs "LMPOP 1 l LEFT COUNT 5"
    Then the reply is ["l", ["a", "b"]]
    And "EXISTS l" replies (integer) 0

  Scenario: LMPOP with no non-empty list is a null array
    When the client runs "LMPOP 2 a b LEFT"
    Then the reply is (nil array)

  @resp3
  Scenario: LMPOP with no non-empty list is the RESP3 null
    When the client switches to RESP3
    And the client runs "LMPOP 1 a RIGHT"
    Then the reply is (null)

  Scenario: LMPOP stops at the first key of another type
    Given the client runs:
      """
      SET s v
      RPUSH l a
      """
    When the client runs "LMPOP 2 s l LEFT"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

  Scenario: LMPOP pops from a list that comes before a key of another type
    Given the client runs:
      """
      SET s v
      RPUSH l a
      """
    When the client runs "LMPOP 2 l s LEFT"
    Then the reply is ["l", ["a"]]

  Scenario Outline: LMPOP refuses <args>
    When the client runs "LMPOP <args>"
    Then the reply is (error) <error>

    Examples:
      | args                          | error                                  |
      | 0 l LEFT                      | ERR numkeys should be greater than 0   |
      | -1 l LEFT                     | ERR numkeys should be greater than 0   |
      | x l LEFT                      | ERR numkeys should be greater than 0   |
      | 2 l LEFT                      | ERR syntax error                       |
      | 1 l UP                        | ERR syntax error                       |
      | 1 l LEFT COUNT 0              | ERR count should be greater than 0     |
      | 1 l LEFT COUNT -3             | ERR count should be greater than 0     |
      | 1 l LEFT COUNT x              | ERR count should be greater than 0     |
      | 1 l LEFT COUNT 1 COUNT 1      | ERR syntax error                       |
      | 1 l LEFT COUNT                | ERR syntax error                       |
      | 1 l LEFT EXTRA                | ERR syntax error                       |
      | 9223372036854775807 l LEFT    | ERR syntax error                       |

  # ------------------------------------------------------------------ COPY

  Scenario: COPY duplicates a list, and the copies change independently
    Given the client runs "RPUSH src a b c"
    When the client runs "COPY src dst"
    Then the reply is (integer) 1
    And "RPOP src" replies "c"
    And "LRANGE dst 0 -1" replies ["a", "b", "c"]
    And "OBJECT ENCODING dst" replies "quicklist"
