@sort
Feature: SORT and SORT_RO
  SORT returns the elements of a list, set or sorted set sorted numerically (as doubles) or, with
  ALPHA, by their bytes; DESC reverses; LIMIT offset count cuts the result. BY sorts by the values of
  other keys named by a pattern ("*" is replaced by the element, "key->field" reads a hash field), and
  a BY pattern without "*" does not sort at all. GET replaces each element by the value a pattern
  names ("#" is the element itself). STORE saves the result as a list; SORT_RO is SORT without
  STORE. Every expectation was first seen from Redis 7.0.15.

  # ------------------------------------------------------------------ sorting numbers and strings

  Scenario: SORT sorts elements as numbers
    Given the client runs "ZADD z 1 10 2 9 3 -1.5 4 2e1"
    When the client runs "SORT z"
    Then the reply is ["-1.5", "9", "10", "2e1"]

  Scenario: SORT DESC sorts from the largest number
    Given the client runs "ZADD z 1 10 2 9 3 -1.5"
    When the client runs "SORT z DESC"
    Then the reply is ["10", "9", "-1.5"]

  Scenario: SORT ALPHA sorts elements by their bytes
    Given the client runs "ZADD z 1 10 2 9 3 b 4 a"
    When the client runs "SORT z ALPHA"
    Then the reply is ["10", "9", "a", "b"]

  Scenario: SORT ALPHA DESC sorts from the last string
    Given the client runs "ZADD z 1 apple 2 pear 3 fig"
    When the client runs "SORT z ALPHA DESC"
    Then the reply is ["pear", "fig", "apple"]

  Scenario: Equal numbers are ordered by their bytes
    Given the client runs "ZADD z 1 1.0 2 1 3 01"
    When the client runs "SORT z"
    Then the reply is ["01", "1", "1.0"]

  Scenario: Options may come in any order and case
    Given the client runs "ZADD z 1 c 2 a 3 b"
    When the client runs "sort z limit 0 2 desc alpha"
    Then the reply is ["c", "b"]

  Scenario: The last of ASC and DESC wins
    Given the client runs "ZADD z 1 3 2 1 3 2"
    When the client runs "SORT z DESC ASC"
    Then the reply is ["1", "2", "3"]

  Scenario Outline: SORT reads <element> as the number <meaning>
    Given the client runs:
      """
      ZADD z 1 5
      ZADD z 2 <quoted>
      """
    When the client runs "SORT z"
    Then the reply is <reply>

    Examples:
      | element             | quoted   | meaning        | reply             |
      | an empty string     | ""       | 0              | ["", "5"]         |
      | leading white space | " 7"     | 7              | ["5", " 7"]       |
      | a hexadecimal float | 0x10     | 16             | ["5", "0x10"]     |
      | inf                 | inf      | infinity       | ["5", "inf"]      |
      | -inf                | -inf     | minus infinity | ["-inf", "5"]     |

  Scenario Outline: SORT refuses to sort <element> as a number
    Given the client runs:
      """
      ZADD z 1 5
      ZADD z 2 <element>
      """
    When the client runs "SORT z"
    Then the reply is (error) ERR One or more scores can't be converted into double

    Examples:
      | element |
      | abc     |
      | 1e400   |
      | 5x      |
      | nan     |

  Scenario: SORT of a missing key is an empty array
    When the client runs "SORT nokey"
    Then the reply is (empty array)

  # ------------------------------------------------------------------ LIMIT

  Scenario Outline: SORT LIMIT <offset> <count> <what>
    Given the client runs "ZADD z 1 1 2 2 3 3 4 4 5 5"
    When the client runs "SORT z LIMIT <offset> <count>"
    Then the reply is <reply>

    Examples:
      | offset | count | what                                     | reply                       |
      | 1      | 2     | skips and counts                         | ["2", "3"]                  |
      | 3      | 10    | stops at the end                         | ["4", "5"]                  |
      | 2      | -1    | takes the rest for a negative count      | ["3", "4", "5"]             |
      | -3     | 2     | starts at 0 for a negative offset        | ["1", "2"]                  |
      | 5      | 1     | finds nothing past the end               | (empty array)               |
      | 0      | 0     | takes nothing for a zero count           | (empty array)               |

  Scenario Outline: SORT refuses <problem>
    Given the client runs "ZADD z 1 1"
    When the client runs "SORT z <options>"
    Then the reply is (error) ERR <error>

    Examples:
      | problem                          | options      | error                                   |
      | LIMIT without a count            | LIMIT 1      | syntax error                            |
      | a LIMIT that is no number        | LIMIT a 1    | value is not an integer or out of range |
      | an unknown option                | SHUFFLE      | syntax error                            |
      | GET without a pattern            | GET          | syntax error                            |
      | BY without a pattern             | BY           | syntax error                            |
      | STORE without a key              | STORE        | syntax error                            |

  Scenario: SORT checks its options before the key
    Given the client runs "SET s v"
    When the client runs "SORT s SHUFFLE"
    Then the reply is (error) ERR syntax error

  # ------------------------------------------------------------------ BY

  Scenario: SORT BY sorts by the values of other keys
    Given the client runs:
      """
      ZADD z 1 a 2 b 3 c
      MSET w_a 30 w_b 10 w_c 20
      """
    When the client runs "SORT z BY w_*"
    Then the reply is ["b", "c", "a"]

  Scenario: SORT BY ALPHA compares the other keys' values as strings
    Given the client runs:
      """
      ZADD z 1 a 2 b 3 c
      MSET w_a 30 w_b 100 w_c 20
      """
    When the client runs "SORT z BY w_* ALPHA"
    Then the reply is ["b", "c", "a"]

  Scenario: A missing BY key counts as 0, ties go by the element's bytes
    Given the client runs:
      """
      ZADD z 1 a 2 b 3 c
      SET w_b -1
      """
    When the client runs "SORT z BY w_*"
    Then the reply is ["b", "a", "c"]

  Scenario: With ALPHA a missing BY key sorts first
    Given the client runs:
      """
      ZADD z 1 a 2 b
      SET w_a x
      """
    When the client runs "SORT z BY w_* ALPHA"
    Then the reply is ["b", "a"]

  Scenario: A BY value that is not a number is refused
    Given the client runs:
      """
      ZADD z 1 a
      SET w_a abc
      """
    When the client runs "SORT z BY w_*"
    Then the reply is (error) ERR One or more scores can't be converted into double

  Scenario: A BY key of another type counts as missing
    Given the client runs:
      """
      ZADD z 1 a 2 b
      SET w_a 5
      ZADD w_b 1 x
      """
    When the client runs "SORT z BY w_*"
    Then the reply is ["b", "a"]

  Scenario: The "*" of a BY pattern may be in the middle
    Given the client runs:
      """
      ZADD z 1 a 2 b
      MSET pre_a_post 2 pre_b_post 1
      """
    When the client runs "SORT z BY pre_*_post"
    Then the reply is ["b", "a"]

  Scenario Outline: SORT BY <pattern> without "*" keeps the sorted set's order<how>
    Given the client runs "ZADD z 3 a 1 b 2 c 4 d"
    When the client runs "SORT z BY nosort <options>"
    Then the reply is <reply>

    Examples:
      | pattern | how                      | options          | reply                        |
      | nosort  |                          |                  | ["b", "c", "a", "d"]         |
      | nosort  | , reversed with DESC     | DESC             | ["d", "a", "c", "b"]         |
      | nosort  | , cut by LIMIT           | LIMIT 1 2        | ["c", "a"]                   |
      | nosort  | , reversed and cut       | DESC LIMIT 1 2   | ["a", "c"]                   |
      | nosort  | , even with ALPHA        | ALPHA            | ["b", "c", "a", "d"]         |

  # ------------------------------------------------------------------ GET

  Scenario: SORT GET replaces each element by another key's value
    Given the client runs:
      """
      ZADD z 1 a 2 b
      MSET name_a Ann name_b Bob
      """
    When the client runs "SORT z ALPHA GET name_*"
    Then the reply is ["Ann", "Bob"]

  Scenario: SORT with several GETs replies their values in turn, "#" being the element
    Given the client runs:
      """
      ZADD z 1 2 2 1
      MSET name_1 one name_2 two
      """
    When the client runs "SORT z GET # GET name_*"
    Then the reply is ["1", "one", "2", "two"]

  Scenario Outline: SORT GET <pattern> is nil for <what>
    Given the client runs:
      """
      ZADD z 1 a
      ZADD other_a 1 x
      """
    When the client runs "SORT z ALPHA GET <pattern>"
    Then the reply is [(nil)]

    Examples:
      | pattern  | what                          |
      | nope_*   | a missing key                 |
      | other_*  | a key of another type         |
      | fixed    | a pattern without "*"         |

  @resp3
  Scenario: SORT GET of a missing key is a RESP3 null
    Given the client switches to RESP3
    And the client runs "ZADD z 1 a"
    When the client runs "SORT z ALPHA GET nope_*"
    Then the reply is [(null)]

  Scenario: SORT BY and GET work together with LIMIT
    Given the client runs:
      """
      ZADD z 1 a 2 b 3 c
      MSET w_a 3 w_b 1 w_c 2 name_a A name_b B name_c C
      """
    When the client runs "SORT z BY w_* LIMIT 0 2 GET name_*"
    Then the reply is ["B", "C"]

  # ------------------------------------------------------------------ SORT_RO and types

  Scenario: SORT_RO sorts like SORT
    Given the client runs "ZADD z 1 b 2 a"
    When the client runs "SORT_RO z ALPHA"
    Then the reply is ["a", "b"]

  Scenario: SORT_RO refuses STORE
    Given the client runs "ZADD z 1 a"
    When the client runs "SORT_RO z STORE d"
    Then the reply is (error) ERR syntax error

  Scenario Outline: <command> refuses a key holding a string
    Given the client runs "SET k v"
    When the client runs "<command> k"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command |
      | SORT    |
      | SORT_RO |
