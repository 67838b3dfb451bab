@protocol
Feature: The RESP wire protocol
  How the server reads requests and frames replies, byte for byte: inline commands, multibulk requests,
  pipelines, input split at any byte, protocol errors (Redis's exact text, then the connection is closed,
  while other connections go on), the size limits, and RESP3 through HELLO. Every expectation here was
  first seen from Redis 7.0.15 on a raw socket.

  # ---------------------------------------------------------------- inline commands

  Scenario: An inline command ends with CRLF
    When the client sends the bytes "PING\r\n"
    Then the client receives the bytes "+PONG\r\n"
    And the connection stays open

  Scenario: An inline command may end with a bare LF
    When the client sends the bytes "SET k v\n"
    Then the client receives the bytes "+OK\r\n"
    And "GET k" replies "v"

  Scenario: Spaces and tabs around inline arguments are skipped
    When the client sends the bytes "   SET \t  k    v2   \r\n"
    Then the client receives the bytes "+OK\r\n"
    And "GET k" replies "v2"

  # (\x5c is a backslash: the step's own quoting would take a doubled one)
  Scenario: A double-quoted inline argument takes escapes
    When the client sends the bytes 'SET k "\x5cx41b\x5cn\x5ct\x5c"c"\r\n'
    Then the client receives the bytes "+OK\r\n"
    And "GET k" replies "Ab\n\t\"c"

  Scenario: A single-quoted inline argument takes only the escaped single quote
    When the client sends the bytes "SET k 'a\x5c'b\x5cn'\r\n"
    Then the client receives the bytes "+OK\r\n"
    And "GET k" replies "a'b\\n"

  Scenario: Quotes join the text before them into one inline argument
    When the client sends the bytes 'ECHO a"b c"\r\n'
    Then the client receives the bytes "$4\r\nab c\r\n"

  Scenario: An empty quoted inline argument is an empty string
    When the client sends the bytes "ECHO ''\r\n"
    Then the client receives the bytes "$0\r\n\r\n"

  Scenario: Empty inline lines are ignored
    When the client sends the bytes "\r\n\n   \r\nPING\r\n"
    Then the client receives the bytes "+PONG\r\n"
    And the connection stays open

  Scenario Outline: An inline request with <what> is a protocol error and the connection is closed
    When the client sends the bytes <request>
    Then the client receives the bytes "-ERR Protocol error: unbalanced quotes in request\r\n"
    And the server closes the connection

    Examples:
      | what                               | request                 |
      | an unclosed double quote           | 'SET k "abc\r\n'        |
      | an unclosed single quote           | "ECHO 'ab\r\n"          |
      | a closing quote followed by a byte | 'ECHO "a"b\r\n'         |

  Scenario: Inline command names are case-insensitive
    When the client sends the bytes "pInG\r\n"
    Then the client receives the bytes "+PONG\r\n"

  Scenario: An inline line of 64 KB before its newline is still read
    When the client sends the bytes "SET k " followed by 65530 times "a"
    And the client sends the bytes "\n"
    Then the client receives the bytes "+OK\r\n"
    And "STRLEN k" replies (integer) 65530

  Scenario: An inline request past 64 KB without a newline is a protocol error
    When the client sends the bytes "" followed by 65537 times "A"
    Then the client receives the bytes "-ERR Protocol error: too big inline request\r\n"
    And the server closes the connection

  # ---------------------------------------------------------------- multibulk requests

  Scenario: A multibulk request is one command
    When the client sends the bytes "*2\r\n$4\r\nECHO\r\n$5\r\na b\r\n\r\n"
    Then the client receives the bytes "$5\r\na b\r\n\r\n"

  Scenario: A multibulk argument may be empty
    When the client sends the bytes "*2\r\n$4\r\nECHO\r\n$0\r\n\r\n"
    Then the client receives the bytes "$0\r\n\r\n"

  Scenario Outline: A multibulk count of <count> is an empty request, ignored
    When the client sends the bytes "*<count>\r\n*1\r\n$4\r\nPING\r\n"
    Then the client receives the bytes "+PONG\r\n"
    And the connection stays open

    Examples:
      | count |
      | 0     |
      | -1    |
      | -5    |

  Scenario: The two bytes after a bulk's payload are skipped without being checked
    When the client sends the bytes "*1\r\n$4\r\nPINGxx*1\r\n$4\r\nPING\r\n"
    Then the client receives the bytes "+PONG\r\n+PONG\r\n"
    And the connection stays open

  Scenario Outline: A multibulk count of <count> is a protocol error
    When the client sends the bytes "<count>\r\n"
    Then the client receives the bytes "-ERR Protocol error: invalid multibulk length\r\n"
    And the server closes the connection

    Examples:
      | count       |
      | *x          |
      | *           |
      | *+1         |
      | *01         |
      | * 1         |
      | *2147483648 |

  Scenario: A multibulk count up to 2147483647 is accepted and waits for its arguments
    When the client sends the bytes "*2147483647\r\n"
    Then the client receives no bytes within 500 ms

  Scenario Outline: A bulk length of <length> is a protocol error
    When the client sends the bytes "*1\r\n<length>\r\n"
    Then the client receives the bytes "-ERR Protocol error: invalid bulk length\r\n"
    And the server closes the connection

    Examples:
      | length     |
      | $-1        |
      | $-2        |
      | $x         |
      | $          |
      | $04        |
      | $+4        |
      | $4x        |
      | $536870913 |

  Scenario: A bulk header must start with a dollar sign
    When the client sends the bytes "*1\r\nx4\r\n"
    Then the client receives the bytes "-ERR Protocol error: expected '$', got 'x'\r\n"
    And the server closes the connection

  Scenario: An error quoting a CR or LF shows it as a space, so the error stays one line
    When the client sends the bytes "*1\r\n\r\n"
    Then the client receives the bytes "-ERR Protocol error: expected '$', got ' '\r\n"
    And the server closes the connection

  Scenario: A bulk header ended by a bare LF runs into the next CR and is an invalid length
    When the client sends the bytes "*1\r\n$4\nPING\r\n"
    Then the client receives the bytes "-ERR Protocol error: invalid bulk length\r\n"
    And the server closes the connection

  Scenario: A multibulk count string past 64 KB without a CR is a protocol error
    When the client sends the bytes "*" followed by 65536 times "1"
    Then the client receives the bytes "-ERR Protocol error: too big mbulk count string\r\n"
    And the server closes the connection

  Scenario: A bulk count string past 64 KB without a CR is a protocol error
    When the client sends the bytes "*1\r\n$" followed by 65536 times "1"
    Then the client receives the bytes "-ERR Protocol error: too big bulk count string\r\n"
    And the server closes the connection

  Scenario: Another connection keeps being served after one gets a protocol error
    Given client "B" runs "SET k v"
    When the client sends the bytes "*1\r\n$x\r\n"
    Then the client receives the bytes "-ERR Protocol error: invalid bulk length\r\n"
    And the server closes the connection
    When client "B" runs "GET k"
    Then client "B" got "v"

  # ---------------------------------------------------------------- pipelining

  Scenario: A pipeline of multibulk requests in one write gets every reply, in order
    When the client sends "INCR counter" 1000 times in one write
    Then the client receives the integers 1 to 1000, in order
    And the connection stays open

  Scenario: A pipeline whose replies outgrow the socket buffers while it is still being sent gets every reply
    When the client sends "INCR counter" 50000 times in one write
    Then the client receives the integers 1 to 50000, in order
    And "GET counter" replies "50000"

  Scenario: A pipeline of inline requests in one write gets every reply
    When the client sends "PING" 500 times in one write as inline commands
    Then the client receives 500 replies, each PONG

  Scenario: A pipeline may mix inline and multibulk requests
    When the client sends the bytes "PING\r\n*2\r\n$4\r\nECHO\r\n$1\r\na\r\nECHO b\n*1\r\n$4\r\nPING\r\n"
    Then the client receives the bytes "+PONG\r\n$1\r\na\r\n$1\r\nb\r\n+PONG\r\n"

  Scenario: A command error in the middle of a pipeline does not stop the commands after it
    When the client sends the bytes "PING\r\nNOSUCH x\r\nSET k v\r\nGET\r\nGET k\r\n"
    Then the client receives the bytes "+PONG\r\n-ERR unknown command 'NOSUCH', with args beginning with: 'x' \r\n+OK\r\n-ERR wrong number of arguments for 'get' command\r\n$1\r\nv\r\n"
    And the connection stays open

  Scenario: A protocol error in a pipeline comes after the replies to the commands before it, then the connection closes
    When the client sends the bytes "PING\r\nSET k v\r\n*1\r\n$x\r\n"
    Then the client receives the bytes "+PONG\r\n+OK\r\n-ERR Protocol error: invalid bulk length\r\n"
    And the server closes the connection

  Scenario: QUIT in a pipeline answers OK and the commands after it are not run
    When the client sends the bytes "SET k v\r\nQUIT\r\nSET k w\r\n"
    Then the client receives the bytes "+OK\r\n+OK\r\n"
    And the server closes the connection
    When client "B" runs "GET k"
    Then client "B" got "v"

  # ---------------------------------------------------------------- input split at any byte

  Scenario: A pipeline of multibulk requests sent one byte at a time gets the same replies
    When the client sends the bytes "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nhello\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n" in pieces of 1 byte
    Then the client receives the bytes "+OK\r\n$5\r\nhello\r\n"

  Scenario: Inline requests sent one byte at a time get the same replies
    When the client sends the bytes "SET k 'a b'\r\nGET k\n" in pieces of 1 byte
    Then the client receives the bytes "+OK\r\n$3\r\na b\r\n"

  Scenario: The unchecked bytes after a payload may arrive one at a time
    When the client sends the bytes "*1\r\n$4\r\nPINGxxPING\r\n" in pieces of 1 byte
    Then the client receives the bytes "+PONG\r\n+PONG\r\n"

  Scenario: A protocol error split into single bytes is found as well
    When the client sends the bytes "PING\r\n*1\r\n$-1\r\n" in pieces of 1 byte
    Then the client receives the bytes "+PONG\r\n-ERR Protocol error: invalid bulk length\r\n"
    And the server closes the connection

  Scenario Outline: A 100 KB argument sent in pieces of <piece> bytes arrives whole
    When the client sends "SET k" with a 100000-byte argument in pieces of <piece> bytes
    Then the client receives OK
    And "STRLEN k" replies (integer) 100000
    And "GETRANGE k 0 27" replies "abcdefghijklmnopqrstuvwxyzab"
    And "GETRANGE k 99990 -1" replies "uvwxyzabcd"

    Examples:
      | piece |
      | 4096  |
      | 7777  |
      | 65536 |

  # ---------------------------------------------------------------- limits set by the configuration

  @needs:config
  Scenario: A bulk longer than proto-max-bulk-len is an invalid bulk length
    Given the config "proto-max-bulk-len" is set to "1mb"
    When the client sends the bytes "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1048577\r\n"
    Then the client receives the bytes "-ERR Protocol error: invalid bulk length\r\n"
    And the server closes the connection

  @needs:config
  Scenario: A bulk of exactly proto-max-bulk-len is accepted
    Given the config "proto-max-bulk-len" is set to "1mb"
    When the client sends "SET k" with a 1048576-byte argument in pieces of 65536 bytes
    Then the client receives OK
    And "STRLEN k" replies (integer) 1048576

  @needs:config
  Scenario: proto-max-bulk-len cannot be set below 1 MB
    When the client runs "CONFIG SET proto-max-bulk-len 1000"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument 'proto-max-bulk-len') - argument must be between 1048576 and 9223372036854775807 inclusive

  @needs:config
  Scenario: client-query-buffer-limit cannot be set below 1 MB
    When the client runs "CONFIG SET client-query-buffer-limit 1048575"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument 'client-query-buffer-limit') - argument must be between 1048576 and 9223372036854775807 inclusive

  @needs:config
  Scenario: A client whose pending request grows past client-query-buffer-limit is disconnected without a reply
    Given the config "client-query-buffer-limit" is set to "1mb"
    And client "B" runs "PING"
    When the client sends "SET k" with a 2000000-byte argument, stopping after 1100000 bytes of it
    Then the server closes the connection
    When client "B" runs "EXISTS k"
    Then client "B" got (integer) 0

  @needs:config
  Scenario: A request under client-query-buffer-limit is served
    Given the config "client-query-buffer-limit" is set to "1mb"
    When the client sends "SET k" with a 900000-byte argument in pieces of 65536 bytes
    Then the client receives OK
    And "STRLEN k" replies (integer) 900000

  @needs:config
  Scenario: A client that has not authenticated may not announce more than 10 arguments
    Given the config "requirepass" is set to "secret"
    And the client reconnects
    When the client sends the bytes "*11\r\n"
    Then the client receives the bytes "-ERR Protocol error: unauthenticated multibulk length\r\n"
    And the server closes the connection

  @needs:config
  Scenario: A client that has not authenticated may not announce an argument over 16 KB
    Given the config "requirepass" is set to "secret"
    And the client reconnects
    When the client sends the bytes "*2\r\n$4\r\nECHO\r\n$16385\r\n"
    Then the client receives the bytes "-ERR Protocol error: unauthenticated bulk length\r\n"
    And the server closes the connection

  @needs:config
  Scenario: A client that has not authenticated may announce 10 arguments of 16 KB, and is refused as usual
    Given the config "requirepass" is set to "secret"
    And the client reconnects
    When the client sends the bytes "*10\r\n$4\r\nMSET\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n$1\r\nd\r\n$1\r\n4\r\n$1\r\ne\r\n"
    And the client sends "ECHO" with a 16384-byte argument in pieces of 4096 bytes
    Then the client receives the bytes "-NOAUTH Authentication required.\r\n-NOAUTH Authentication required.\r\n"
    When the client sends the bytes "AUTH secret\r\n"
    Then the client receives the bytes "+OK\r\n"

  @needs:config
  Scenario: Once authenticated, a client may send large requests
    Given the config "requirepass" is set to "secret"
    And the client reconnects
    When the client sends the bytes "AUTH secret\r\n"
    And the client sends "SET k" with a 20000-byte argument in pieces of 4096 bytes
    Then the client receives the bytes "+OK\r\n+OK\r\n"
    And "STRLEN k" replies (integer) 20000

  # ---------------------------------------------------------------- unknown commands

  Scenario: An unknown command's error quotes its name and first arguments, with a trailing space
    When the client sends the bytes "FOO a b\r\n"
    Then the client receives the bytes "-ERR unknown command 'FOO', with args beginning with: 'a' 'b' \r\n"

  Scenario: An unknown command without arguments ends its error with "with: "
    When the client sends the bytes "*1\r\n$0\r\n\r\n"
    Then the client receives the bytes "-ERR unknown command '', with args beginning with: \r\n"

  Scenario: An unknown command's name is cut at 128 bytes
    When the client sends the bytes "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFGGG x\r\n"
    Then the client receives the bytes "-ERR unknown command 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF', with args beginning with: 'x' \r\n"

  Scenario: An unknown command's first argument is cut at 128 bytes
    When the client sends the bytes "FOO aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbb c\r\n"
    Then the client receives the bytes "-ERR unknown command 'FOO', with args beginning with: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' \r\n"

  Scenario: An unknown command's arguments are quoted until 128 bytes of them are shown
    When the client sends the bytes "FOO 000000000000000000000000000000 111111111111111111111111111111 222222222222222222222222222222 333333333333333333333333333333 444\r\n"
    Then the client receives the bytes "-ERR unknown command 'FOO', with args beginning with: '000000000000000000000000000000' '111111111111111111111111111111' '222222222222222222222222222222' '33333333333333333333333333333' \r\n"

  Scenario: An unknown command's name stops at a NUL byte and newlines in arguments become spaces
    When the client sends the bytes "*2\r\n$4\r\nF\x00\x01O\r\n$3\r\na\nb\r\n"
    Then the client receives the bytes "-ERR unknown command 'F', with args beginning with: 'a b' \r\n"

  Scenario: A known command in any case names itself in lower case in an arity error
    When the client sends the bytes "gEt\r\n"
    Then the client receives the bytes "-ERR wrong number of arguments for 'get' command\r\n"

  # ---------------------------------------------------------------- RESP3 through HELLO

  @resp3
  Scenario: HELLO 3 answers a map describing the server, with typed values
    When the client runs "HELLO 3"
    Then the reply's "id" entry is an integer, and the other entries are:
      """
      1# "server" => "redis"
      2# "version" => "7.0.15"
      3# "proto" => (integer) 3
      4# "mode" => "standalone"
      5# "role" => "master"
      6# "modules" => (empty array)
      """

  Scenario: HELLO 2 answers the same fields as a flat array
    When the client runs "HELLO 2"
    Then the reply's "id" entry is an integer, and the other entries are:
      """
       1) "server"
       2) "redis"
       3) "version"
       4) "7.0.15"
       5) "proto"
       6) (integer) 2
       7) "mode"
       8) "standalone"
       9) "role"
      10) "master"
      11) "modules"
      12) (empty array)
      """

  @resp3
  Scenario: HELLO 3 is framed as a RESP3 map of seven entries
    When the client sends the bytes "HELLO 3\r\n"
    Then the client receives the bytes "%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n$5\r\nproto\r\n:3\r\n$2\r\nid\r\n:"

  Scenario Outline: HELLO <version> is refused and the protocol stays RESP2
    When the client sends the bytes "HELLO <version>\r\nGET missing\r\n"
    Then the client receives the bytes "-NOPROTO unsupported protocol version\r\n$-1\r\n"

    Examples:
      | version |
      | 1       |
      | 4       |

  @resp3
  Scenario: HELLO 3 with an incomplete AUTH is refused and the protocol stays RESP2
    When the client sends the bytes "HELLO 3 AUTH default\r\nGET missing\r\n"
    Then the client receives the bytes "-ERR Syntax error in HELLO option 'AUTH'\r\n$-1\r\n"

  @resp3
  Scenario: HELLO 3 AUTH of an unknown user is refused and the protocol stays RESP2
    When the client sends the bytes "HELLO 3 AUTH nouser pw\r\nGET missing\r\n"
    Then the client receives the bytes "-WRONGPASS invalid username-password pair or user is disabled.\r\n$-1\r\n"

  @resp3
  Scenario: HELLO 3 SETNAME switches the protocol and names the connection
    When the client runs "HELLO 3 SETNAME worker"
    And the client sends the bytes "CLIENT GETNAME\r\nGET missing\r\n"
    Then the client receives the bytes "$6\r\nworker\r\n_\r\n"

  @resp3
  Scenario: Inline commands work in RESP3 and get RESP3 replies
    When the client switches to RESP3
    And the client sends the bytes "GET missing\r\nSET k v\nGET k\r\n"
    Then the client receives the bytes "_\r\n+OK\r\n$1\r\nv\r\n"

  @resp3
  Scenario: In RESP3 a protocol error is still an error line followed by the close
    When the client switches to RESP3
    And the client sends the bytes "*1\r\n$-1\r\n"
    Then the client receives the bytes "-ERR Protocol error: invalid bulk length\r\n"
    And the server closes the connection

  @resp3
  Scenario Outline: In RESP3, <command> is framed as <shape>
    Given the client runs:
      """
      SET k v
      ZADD z 1.5 a
      HSET h f v
      SADD s a
      """
    When the client switches to RESP3
    And the client sends the bytes "<command>\r\n"
    Then the client receives the bytes "<bytes>"

    Examples:
      | command           | shape                  | bytes                          |
      | GET missing       | a null                 | _\r\n                          |
      | LPOP missing 2    | a null                 | _\r\n                          |
      | ZSCORE z a        | a double               | ,1.5\r\n                       |
      | HGETALL h         | a map                  | %1\r\n$1\r\nf\r\n$1\r\nv\r\n   |
      | HGETALL missing   | an empty map           | %0\r\n                         |
      | SMEMBERS s        | a set                  | ~1\r\n$1\r\na\r\n              |
      | SMEMBERS missing  | an empty set           | ~0\r\n                         |
      | EXISTS k          | an integer             | :1\r\n                         |
      | GET k             | a bulk string          | $1\r\nv\r\n                    |

  Scenario Outline: In RESP2, <command> is framed as <shape>
    Given the client runs:
      """
      SET k v
      ZADD z 1.5 a
      HSET h f v
      SADD s a
      """
    When the client sends the bytes "<command>\r\n"
    Then the client receives the bytes "<bytes>"

    Examples:
      | command           | shape                   | bytes                          |
      | GET missing       | a null bulk string      | $-1\r\n                        |
      | LPOP missing 2    | a null array            | *-1\r\n                        |
      | ZSCORE z a        | a bulk string           | $3\r\n1.5\r\n                  |
      | HGETALL h         | a flat array            | *2\r\n$1\r\nf\r\n$1\r\nv\r\n   |
      | HGETALL missing   | an empty array          | *0\r\n                         |
      | SMEMBERS s        | an array                | *1\r\n$1\r\na\r\n              |

  @resp3
  Scenario: HELLO 2 returns the connection to RESP2 framing
    When the client switches to RESP3
    And the client switches to RESP2
    And the client sends the bytes "GET missing\r\nZSCORE nokey a\r\n"
    Then the client receives the bytes "$-1\r\n$-1\r\n"

  @resp3 @needs:debug
  Scenario Outline: DEBUG PROTOCOL <type> shows the RESP3 framing of <type>
    When the client switches to RESP3
    And the client sends the bytes "DEBUG PROTOCOL <type>\r\n"
    Then the client receives the bytes "<resp3>"

    Examples:
      | type     | resp3                                                                                      |
      | bignum   | (1234567999999999999999999999999999999\r\n                                                   |
      | true     | #t\r\n                                                                                       |
      | false    | #f\r\n                                                                                       |
      | null     | _\r\n                                                                                        |
      | double   | ,3.141\r\n                                                                                   |
      | verbatim | =29\r\ntxt:This is a verbatim\nstring\r\n                                                    |
      | map      | %3\r\n:0\r\n#f\r\n:1\r\n#t\r\n:2\r\n#f\r\n                                                    |
      | set      | ~3\r\n:0\r\n:1\r\n:2\r\n                                                                     |
      | attrib   | \|1\r\n$14\r\nkey-popularity\r\n*2\r\n$7\r\nkey:123\r\n:90\r\n$39\r\nSome real reply following the attribute\r\n |
      | push     | >2\r\n$16\r\nserver-cpu-usage\r\n:42\r\n$40\r\nSome real reply following the push reply\r\n   |

  @needs:debug
  Scenario Outline: DEBUG PROTOCOL <type> shows the RESP2 fallback for <type>
    When the client sends the bytes "DEBUG PROTOCOL <type>\r\n"
    Then the client receives the bytes "<resp2>"

    Examples:
      | type     | resp2                                                |
      | bignum   | $37\r\n1234567999999999999999999999999999999\r\n      |
      | true     | :1\r\n                                                |
      | false    | :0\r\n                                                |
      | null     | $-1\r\n                                               |
      | double   | $5\r\n3.141\r\n                                       |
      | verbatim | $25\r\nThis is a verbatim\nstring\r\n                 |
      | map      | *6\r\n:0\r\n:0\r\n:1\r\n:1\r\n:2\r\n:0\r\n            |
      | set      | *3\r\n:0\r\n:1\r\n:2\r\n                              |
      | attrib   | $39\r\nSome real reply following the attribute\r\n    |
      | push     | -ERR RESP2 is not supported by this command\r\n       |

  @needs:debug
  Scenario: DEBUG PROTOCOL names the types it knows when given another
    When the client runs "DEBUG PROTOCOL nosuchtype"
    Then the reply is (error) ERR Wrong protocol type name. Please use one of the following: string|integer|double|bignum|null|array|set|map|attrib|push|verbatim|true|false
