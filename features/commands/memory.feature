Feature: MEMORY
  MEMORY reports how much memory the server uses, in total and per key. The figures are each server's own
  (an allocator's bytes in Redis, heap estimates in a JVM server), so the scenarios check what every
  Redis-compatible server must keep: the replies' shapes, their errors and the obvious orders of size.

  Scenario: MEMORY USAGE of a missing key is nil
    When the client runs "MEMORY USAGE nokey"
    Then the reply is (nil)

  Scenario: MEMORY USAGE of a string counts at least its bytes
    Given for n from 1 to 1, the key "big" holds a 10000-byte string
    When the client runs "MEMORY USAGE big"
    Then the reply is an integer between 10000 and 12000

  Scenario Outline: MEMORY USAGE accepts a SAMPLES count (<samples>)
    Given the client runs "SET k v"
    When the client runs "MEMORY USAGE k SAMPLES <samples>"
    Then the reply is an integer between 10 and 200

    Examples:
      | samples |
      | 0       |
      | 5       |
      | 1000    |

  Scenario Outline: MEMORY USAGE rejects bad options (<args>)
    Given the client runs "SET k v"
    When the client runs "MEMORY USAGE k <args>"
    Then the reply is <error>

    Examples:
      | args                          | error                                                 |
      | SAMPLES -1                    | (error) ERR syntax error                              |
      | SAMPLES x                     | (error) ERR value is not an integer or out of range   |
      | SAMPLES 99999999999999999999  | (error) ERR value is not an integer or out of range   |
      | SAMPLES                       | (error) ERR syntax error                              |
      | BAR                           | (error) ERR syntax error                              |

  Scenario: MEMORY USAGE checks its options before looking for the key
    When the client runs "MEMORY USAGE nokey SAMPLES x"
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario: MEMORY STATS is a map of 27 figures plus one per database holding keys
    Given the client runs:
      """
      SET a 1
      SELECT 3
      SET b 2
      """
    When the client runs "MEMORY STATS"
    Then the reply is an array of 58 elements

  Scenario: MEMORY DOCTOR has nothing to say about an almost empty instance
    When the client runs "MEMORY DOCTOR"
    Then the reply is "Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions. Please, leave for your mission on Earth and fill it with some data. The new Sam and I will be back to our programming as soon as I finished rebooting.\n"

  Scenario: MEMORY PURGE
    When the client runs "MEMORY PURGE"
    Then the reply is OK

  Scenario: MEMORY HELP
    When the client runs "MEMORY HELP"
    Then the reply is:
      """
       1) MEMORY <subcommand> [<arg> [value] [opt] ...]. Subcommands are:
       2) DOCTOR
       3)     Return memory problems reports.
       4) MALLOC-STATS
       5)     Return internal statistics report from the memory allocator.
       6) PURGE
       7)     Attempt to purge dirty pages for reclamation by the allocator.
       8) STATS
       9)     Return information about the memory usage of the server.
      10) USAGE <key> [SAMPLES <count>]
      11)     Return memory in bytes used by <key> and its value. Nested values are
      12)     sampled up to <count> times (default: 5, 0 means sample all).
      13) HELP
      14)     Prints this help.
      """

  Scenario: An unknown MEMORY subcommand
    When the client runs "MEMORY FOO"
    Then the reply is (error) ERR unknown subcommand 'FOO'. Try MEMORY HELP.

  Scenario: MEMORY STATS takes no argument
    When the client runs "MEMORY STATS x"
    Then the reply is (error) ERR wrong number of arguments for 'memory|stats' command
