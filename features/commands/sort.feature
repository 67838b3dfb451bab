@sort
Feature: SORT and SORT_RO
  SORT returns the elements of a list, set or sorted set sorted numerically (as doubles) or, with
  ALPHA, by their bytes; DESC reverses; LIMIT offset count cuts the result. BY sorts by the values of
  other keys named by a pattern ("*" is replaced by the element, "key->field" reads a hash field), and
  a BY pattern without "*" does not sort at all. GET replaces each element by the value a pattern
  names ("#" is the element itself). STORE saves the result as a list; SORT_RO is SORT without
  STORE. A set sorted BY a pattern without "*" comes in the set's own order (ascending for an intset,
  unspecified for a hashtable), unless the result is stored: then it is sorted ALPHA. Every
  expectation was first seen from Redis 7.0.15.

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

  # ------------------------------------------------------------------ lists and sets

  Scenario Outline: SORT sorts <what> as numbers
    Given the client runs "<setup>"
    When the client runs "SORT k"
    Then the reply is <reply>

    Examples:
      | what                        | setup                      | reply                            |
      | a list                      | RPUSH k 10 9 -1.5 2e1      | ["-1.5", "9", "10", "2e1"]       |
      | a set of integers (intset)  | SADD k 10 9 -1 20          | ["-1", "9", "10", "20"]          |
      | a set of strings            | SADD k 10 9 -1.5 2e1       | ["-1.5", "9", "10", "2e1"]       |
      | a sorted set                | ZADD k 1 10 2 9 3 -1.5 4 2e1 | ["-1.5", "9", "10", "2e1"]     |

  Scenario Outline: SORT ALPHA sorts <what> by bytes
    Given the client runs "<setup>"
    When the client runs "SORT k ALPHA"
    Then the reply is ["10", "2", "a", "b"]

    Examples:
      | what                        | setup               |
      | a list                      | RPUSH k b 2 a 10    |
      | a set of integers (intset)  | SADD k 2 a 10 b     |
      | a set of strings            | SADD k b 2 a 10     |

  Scenario: SORT keeps a list's duplicates, equal elements side by side
    Given the client runs "RPUSH l 2 1 2 01 1"
    When the client runs "SORT l"
    Then the reply is ["01", "1", "1", "2", "2"]

  Scenario: SORT DESC LIMIT works on a set
    Given the client runs "SADD s 10 2 33 4"
    When the client runs "SORT s DESC LIMIT 1 2"
    Then the reply is ["10", "4"]

  Scenario Outline: SORT of a <what> holding a non-number is refused
    Given the client runs "<setup>"
    When the client runs "SORT k"
    Then the reply is (error) ERR One or more scores can't be converted into double

    Examples:
      | what | setup              |
      | list | RPUSH k 1 2 x      |
      | set  | SADD k 1 2 x       |

  Scenario Outline: SORT BY nosort keeps the list's order<how>
    Given the client runs "RPUSH l 3 1 2 10 b"
    When the client runs "SORT l BY nosort <options>"
    Then the reply is <reply>

    Examples:
      | how                  | options           | reply                           |
      |                      |                   | ["3", "1", "2", "10", "b"]      |
      | , reversed with DESC | DESC              | ["b", "10", "2", "1", "3"]      |
      | , cut by LIMIT       | LIMIT 1 2         | ["1", "2"]                      |
      | , reversed and cut   | DESC LIMIT 1 2    | ["10", "2"]                     |
      | , past the end       | LIMIT 10 2        | (empty array)                   |

  Scenario Outline: SORT BY nosort replies an intset in ascending order<how>
    Given the client runs "SADD s 5 3 9 1"
    When the client runs "SORT s BY nosort <options>"
    Then the reply is <reply>

    Examples:
      | how                  | options           | reply                    |
      |                      |                   | ["1", "3", "5", "9"]     |
      | , even with DESC     | DESC              | ["1", "3", "5", "9"]     |
      | , cut by LIMIT       | LIMIT 1 2         | ["3", "5"]               |

  Scenario: SORT BY nosort replies a hashtable set's members in no particular order
    Given the client runs "SADD s x c a b"
    When the client runs "SORT s BY nosort"
    Then the reply is an array containing, in any order:
      """
      "a"
      "b"
      "c"
      "x"
      """

  Scenario Outline: SORT BY nosort STORE sorts a <what> ALPHA all the same<how>
    Given the client runs "<setup>"
    When the client runs "SORT s BY nosort <options> STORE d"
    Then the reply is (integer) <count>
    And "LRANGE d 0 -1" replies <stored>

    Examples:
      | what            | how                   | setup              | options     | count | stored                   |
      | hashtable set   |                       | SADD s x c a b     |             | 4     | ["a", "b", "c", "x"]     |
      | hashtable set   | , DESC reversing it   | SADD s x c a b     | DESC        | 4     | ["x", "c", "b", "a"]     |
      | hashtable set   | , LIMIT cutting it    | SADD s x c a b     | LIMIT 1 2   | 2     | ["b", "c"]               |
      | set of integers |                       | SADD s 10 2 33 4   |             | 4     | ["10", "2", "33", "4"]   |

  Scenario: SORT_RO sorts a list
    Given the client runs "RPUSH l b c a"
    When the client runs "SORT_RO l ALPHA DESC"
    Then the reply is ["c", "b", "a"]

  Scenario Outline: <command> refuses a key holding a hash
    Given the client runs "HSET h f v"
    When the client runs "<command> h"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command |
      | SORT    |
      | SORT_RO |

  # ------------------------------------------------------------------ BY and GET with hash fields

  Scenario Outline: SORT BY a hash field stored as a <encoding> sorts by that field
    Given the client runs:
      """
      RPUSH l a b c
      HSET weight_a f 3 <padding>
      HSET weight_b f 1 <padding>
      HSET weight_c f 2 <padding>
      """
    When the client runs "SORT l BY weight_*->f"
    Then the reply is ["b", "c", "a"]

    Examples:
      | encoding  | padding                                                                              |
      | listpack  | pad x                                                                                |
      | hashtable | pad xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx |

  Scenario: SORT BY a hash field ALPHA DESC puts a missing field last
    Given the client runs:
      """
      RPUSH l a b c
      HSET weight_a f 3
      HSET weight_c f 2
      """
    When the client runs "SORT l BY weight_*->f ALPHA DESC"
    Then the reply is ["a", "c", "b"]

  Scenario: SORT BY a missing hash field counts it as 0
    Given the client runs:
      """
      SADD s 1 2 3
      HSET w_1 f 5
      HSET w_2 other 1
      HSET w_3 f -1
      """
    When the client runs "SORT s BY w_*->f"
    Then the reply is ["3", "2", "1"]

  Scenario: SORT BY a field of a key that is no hash counts it as missing
    Given the client runs:
      """
      RPUSH l a b
      SET w_a 5
      HSET w_b f -1
      """
    When the client runs "SORT l BY w_*->f"
    Then the reply is ["b", "a"]

  Scenario: SORT GET reads hash fields, nil where a hash or field is missing
    Given the client runs:
      """
      RPUSH l a b c
      HSET weight_a f 3
      HSET weight_b f 1
      HSET weight_c f 2
      HSET data_a name Ann
      HSET data_c name Cy
      """
    When the client runs "SORT l BY weight_*->f GET data_*->name GET # GET weight_*->f"
    Then the reply is [(nil), "b", "1", "Cy", "c", "2", "Ann", "a", "3"]

  Scenario: A pattern ending in "->" names a key, not a hash field
    Given the client runs:
      """
      RPUSH l a b
      SET w_a-> 3
      SET w_b-> 1
      """
    When the client runs "SORT l BY w_*->"
    Then the reply is ["b", "a"]

  Scenario: SORT BY a hash field with LIMIT sorts before cutting
    Given the client runs:
      """
      SADD s 1 2 3 4
      HSET w_1 f 40
      HSET w_2 f 30
      HSET w_3 f 20
      HSET w_4 f 10
      """
    When the client runs "SORT s BY w_*->f LIMIT 1 2"
    Then the reply is ["3", "2"]

  # ------------------------------------------------------------------ STORE

  Scenario Outline: SORT STORE saves a sorted <what> as a list and replies its length
    Given the client runs "<setup>"
    When the client runs "SORT k ALPHA STORE d"
    Then the reply is (integer) 3
    And "LRANGE d 0 -1" replies ["a", "b", "c"]
    And "OBJECT ENCODING d" replies "quicklist"

    Examples:
      | what       | setup                 |
      | list       | RPUSH k c a b         |
      | set        | SADD k c a b          |
      | sorted set | ZADD k 1 c 2 a 3 b    |

  Scenario: SORT STORE leaves the source alone
    Given the client runs "RPUSH l c a b"
    When the client runs "SORT l ALPHA STORE d"
    Then "LRANGE l 0 -1" replies ["c", "a", "b"]

  Scenario: SORT STORE with GET stores the values, an empty string for a missing one
    Given the client runs:
      """
      RPUSH l a b c
      HSET weight_a f 3
      HSET weight_b f 1
      HSET weight_c f 2
      HSET data_a name Ann
      HSET data_c name Cy
      """
    When the client runs "SORT l BY weight_*->f GET data_*->name GET # STORE d"
    Then the reply is (integer) 6
    And "LRANGE d 0 -1" replies ["", "b", "Cy", "c", "Ann", "a"]

  Scenario: SORT STORE stores only the LIMIT range
    Given the client runs "RPUSH l 5 4 3 2 1"
    When the client runs "SORT l LIMIT 1 3 STORE d"
    Then the reply is (integer) 3
    And "LRANGE d 0 -1" replies ["2", "3", "4"]

  Scenario Outline: SORT STORE replaces a <type> at the destination, and its TTL
    Given the client runs:
      """
      RPUSH l b a
      <setup>
      EXPIRE d 100
      """
    When the client runs "SORT l ALPHA STORE d"
    Then the reply is (integer) 2
    And "TYPE d" replies list
    And "LRANGE d 0 -1" replies ["a", "b"]
    And "TTL d" replies (integer) -1

    Examples:
      | type   | setup          |
      | string | SET d v        |
      | list   | RPUSH d x y z  |
      | set    | SADD d m       |

  Scenario: SORT STORE may overwrite its own source
    Given the client runs "RPUSH l c a b"
    When the client runs "SORT l ALPHA LIMIT 1 1 STORE l"
    Then the reply is (integer) 1
    And "LRANGE l 0 -1" replies ["b"]

  Scenario Outline: SORT STORE of an empty result deletes the destination (<why>)
    Given the client runs:
      """
      RPUSH l 2 1
      SET d v
      """
    When the client runs "SORT <source> <options> STORE d"
    Then the reply is (integer) 0
    And "EXISTS d" replies (integer) 0

    Examples:
      | why                   | source | options      |
      | a missing source      | nokey  |              |
      | a LIMIT past the end  | l      | LIMIT 5 1    |
      | a zero LIMIT count    | l      | LIMIT 0 0    |

  Scenario: SORT STORE of an empty result into a missing key creates nothing
    When the client runs "SORT nokey STORE d"
    Then the reply is (integer) 0
    And "EXISTS d" replies (integer) 0

  Scenario: SORT STORE that cannot convert a score leaves the destination alone
    Given the client runs:
      """
      SADD s 1 abc
      SET d v
      """
    When the client runs "SORT s STORE d"
    Then the reply is (error) ERR One or more scores can't be converted into double
    And "GET d" replies "v"

  Scenario: SORT STORE wakes a client blocked on the destination
    Given the client runs "SADD s b a c"
    When client "B" sends "BLPOP d 5" without waiting
    And the client runs "SORT s ALPHA STORE d"
    Then the reply is (integer) 3
    And client "B" receives ["d", "a"]
    And "LRANGE d 0 -1" replies ["b", "c"]

  Scenario Outline: SORT_RO refuses STORE on a <type>
    Given the client runs "<setup>"
    When the client runs "SORT_RO k STORE d"
    Then the reply is (error) ERR syntax error
    And "EXISTS d" replies (integer) 0

    Examples:
      | type | setup          |
      | list | RPUSH k 2 1    |
      | set  | SADD k 2 1     |
