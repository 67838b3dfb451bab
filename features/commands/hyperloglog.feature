@hyperloglog
Feature: HyperLogLog commands (PFADD, PFCOUNT, PFMERGE, PFDEBUG, PFSELFTEST)
  An HLL is a string value holding Redis's exact "HYLL" representation: a sparse encoding while small,
  the dense 6-bit registers past hll-sparse-max-bytes. GET shows its bytes, so they must match Redis's
  for the same writes; PFCOUNT caches the estimate in the header.

  Scenario: PFADD creating the key replies 1
    When the client runs "PFADD h a b c"
    Then the reply is (integer) 1

  Scenario: PFADD of elements already counted replies 0
    Given the client runs "PFADD h a b c"
    When the client runs "PFADD h b c"
    Then the reply is (integer) 0

  Scenario: PFADD without elements creates an empty HLL and replies 1
    When the client runs "PFADD h"
    Then the reply is (integer) 1
    And "GET h" replies "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x7f\xff"
    And "PFCOUNT h" replies (integer) 0

  Scenario: PFADD without elements on an existing HLL replies 0
    Given the client runs "PFADD h a"
    When the client runs "PFADD h"
    Then the reply is (integer) 0

  Scenario: an HLL is a raw string
    Given the client runs "PFADD h a b c"
    Then "TYPE h" replies string
    And "OBJECT ENCODING h" replies "raw"

  Scenario: the bytes of a small sparse HLL are Redis's
    Given the client runs "PFADD h a b c"
    Then "GET h" replies "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80`\xf3\x80P\xb1\x84K\xfb\x80BZ"

  Scenario: PFCOUNT stores the estimate in the header, marked fresh
    Given the client runs "PFADD h a b c"
    When the client runs "PFCOUNT h"
    Then the reply is (integer) 3
    And "GET h" replies "HYLL\x01\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00`\xf3\x80P\xb1\x84K\xfb\x80BZ"

  @needs:debug
  Scenario: the bytes of a 1000-element sparse HLL are Redis's
    Given the client runs "PFADD k" followed by "e{n}" for n from 1 to 1000
    Then "STRLEN k" replies (integer) 1906
    And "DEBUG DIGEST-VALUE k" replies [350e4fe3b90118dade02226ba6e339cc94cf4fba]

  @needs:debug
  Scenario: the bytes of a 10000-element dense HLL are Redis's
    Given the client runs "PFADD k" followed by "e{n}" for n from 1 to 10000
    Then "STRLEN k" replies (integer) 12304
    And "DEBUG DIGEST-VALUE k" replies [d37dfacfa5eaf6998728a199f99f546604341e34]

  Scenario: PFCOUNT of a missing key is 0
    When the client runs "PFCOUNT nosuchkey"
    Then the reply is (integer) 0

  Scenario Outline: PFCOUNT's estimate for <n> distinct elements
    Given the client runs "PFADD k" followed by "e{n}" for n from 1 to <n>
    When the client runs "PFCOUNT k"
    Then the reply is (integer) <estimate>
    And "PFDEBUG ENCODING k" replies <encoding>

    Examples:
      | n     | estimate | encoding |
      | 100   | 100      | sparse   |
      | 1000  | 1008     | sparse   |
      | 10000 | 9972     | dense    |

  Scenario: PFCOUNT of several keys counts their union, missing keys as empty
    Given the client runs:
      """
      PFADD u1 a b c
      PFADD u2 c d e f
      """
    When the client runs "PFCOUNT u1 u2 missing"
    Then the reply is (integer) 6
    And "PFCOUNT u1" replies (integer) 3

  Scenario: PFCOUNT of several keys leaves their bytes alone
    Given the client runs:
      """
      PFADD u1 a b c
      PFADD u2 d
      """
    When the client runs "PFCOUNT u1 u2"
    Then "GET u1" replies "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80`\xf3\x80P\xb1\x84K\xfb\x80BZ"

  Scenario Outline: <command> on a key of another type is WRONGTYPE
    Given the client runs "RPUSH l a"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command         |
      | PFADD l a       |
      | PFCOUNT l       |
      | PFCOUNT x l     |
      | PFMERGE d l     |
      | PFDEBUG DECODE l |

  Scenario Outline: <command> on a string that is not an HLL is refused
    Given the client runs 'SET s <value>'
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Key is not a valid HyperLogLog string value.

    Examples:
      | value                    | command     |
      | foo                      | PFADD s a   |
      | foo                      | PFCOUNT s   |
      | 12345                    | PFCOUNT s   |
      | foo                      | PFMERGE s   |
      | foo                      | PFMERGE d s |
      | "HYLL\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x7f\xff" | PFCOUNT s |
      | "HYLL\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x7f\xff" | PFCOUNT s |
      | "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"             | PFCOUNT s |

  Scenario Outline: a sparse HLL not covering exactly 16384 registers is corrupted for <command>
    Given the client runs 'SET c "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x7f\xfe"'
    When the client runs "<command>"
    Then the reply is (error) INVALIDOBJ Corrupted HLL object detected

    Examples:
      | command            |
      | PFCOUNT c          |
      | PFCOUNT c x        |
      | PFMERGE d c        |
      | PFDEBUG TODENSE c  |

  Scenario: PFADD into a register beyond a truncated sparse HLL is corrupted
    Given the client runs 'SET c "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x40\x00"'
    When the client runs "PFADD c a"
    Then the reply is (error) INVALIDOBJ Corrupted HLL object detected

  Scenario: PFMERGE creates the destination with the union
    Given the client runs:
      """
      PFADD u1 a b c
      PFADD u2 c d e f
      """
    When the client runs "PFMERGE m u1 u2"
    Then the reply is OK
    And "PFCOUNT m" replies (integer) 6
    And "PFDEBUG ENCODING m" replies sparse

  Scenario: PFMERGE without sources creates an empty HLL
    When the client runs "PFMERGE e"
    Then the reply is OK
    And "GET e" replies "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x7f\xff"

  Scenario: PFMERGE counts the destination's own registers
    Given the client runs:
      """
      PFADD d a x
      PFADD u1 a b c
      """
    When the client runs "PFMERGE d u1"
    Then "PFCOUNT d" replies (integer) 4

  Scenario: PFMERGE makes the destination dense when a source is dense
    Given the client runs "PFADD big" followed by "e{n}" for n from 1 to 10000
    And the client runs "PFADD u1 a b c"
    When the client runs "PFMERGE m u1 big"
    Then "PFDEBUG ENCODING m" replies dense
    And "PFCOUNT m" replies (integer) 9975

  @needs:config
  Scenario: a sparse HLL outgrowing hll-sparse-max-bytes turns dense
    Given the config "hll-sparse-max-bytes" is set to "30"
    When the client runs "PFADD p e1 e2 e3 e4 e5"
    Then "PFDEBUG ENCODING p" replies dense
    And "STRLEN p" replies (integer) 12304
    And "PFCOUNT p" replies (integer) 5

  @needs:config
  Scenario: a sparse HLL within hll-sparse-max-bytes stays sparse
    Given the config "hll-sparse-max-bytes" is set to "30"
    When the client runs "PFADD p e1 e2 e3"
    Then "PFDEBUG ENCODING p" replies sparse

  Scenario: PFDEBUG DECODE lists the sparse opcodes
    Given the client runs "PFADD h a"
    When the client runs "PFDEBUG DECODE h"
    Then the reply is "Z:12711 v:2,1 Z:3672"

  Scenario: PFDEBUG DECODE of a dense HLL is an error
    Given the client runs "PFADD h a"
    And the client runs "PFDEBUG TODENSE h"
    When the client runs "PFDEBUG DECODE h"
    Then the reply is (error) ERR HLL encoding is not sparse

  Scenario: PFDEBUG TODENSE converts once
    Given the client runs "PFADD h a b c"
    When the client runs "PFDEBUG TODENSE h"
    Then the reply is (integer) 1
    And "PFDEBUG TODENSE h" replies (integer) 0
    And "PFDEBUG ENCODING h" replies dense
    And "PFCOUNT h" replies (integer) 3

  Scenario: PFDEBUG GETREG returns every register and makes the HLL dense
    Given the client runs "PFADD h a"
    When the client runs "PFDEBUG GETREG h"
    Then the reply is an array of 16384 elements
    And "PFDEBUG ENCODING h" replies dense

  Scenario: PFDEBUG of a missing key is an error
    When the client runs "PFDEBUG ENCODING nosuchkey"
    Then the reply is (error) ERR The specified key does not exist

  Scenario: PFDEBUG with an unknown subcommand keeps its spelling in the error
    Given the client runs "PFADD h a"
    When the client runs "PFDEBUG Foo h"
    Then the reply is (error) ERR Unknown PFDEBUG subcommand 'Foo'

  Scenario: PFDEBUG takes exactly a subcommand and a key
    When the client runs "PFDEBUG ENCODING h x"
    Then the reply is (error) ERR wrong number of arguments for 'pfdebug' command

  Scenario: PFSELFTEST passes
    When the client runs "PFSELFTEST"
    Then the reply is OK

  Scenario: a PFADD that changes nothing does not touch a WATCHed key
    Given the client runs "PFADD h a b"
    And the client runs "WATCH h"
    And the client runs "PFADD h a"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is [PONG]

  Scenario: a PFCOUNT that refreshes the cached estimate touches a WATCHed key
    Given the client runs "PFADD h a b"
    And the client runs "WATCH h"
    And the client runs "PFCOUNT h"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is (nil array)

  @needs:config
  Scenario Outline: <command> notifies the "pfadd" keyevent
    Given the config "notify-keyspace-events" is set to "E$"
    And client "S" runs "SUBSCRIBE __keyevent@0__:pfadd"
    When the client runs "<command>"
    Then client "S" receives ["message", "__keyevent@0__:pfadd", "m"]

    Examples:
      | command   |
      | PFADD m a |
      | PFMERGE m |
