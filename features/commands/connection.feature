Feature: Connection commands
  PING, ECHO, HELLO, AUTH, SELECT, RESET, QUIT and the CLIENT subcommands that act on the connection
  itself: what a client sees in RESP2 and RESP3, and every error in Redis's words. Every expectation here
  was first seen from Redis 7.0.15.

  # ---------------------------------------------------------------- PING and ECHO

  Scenario: PING without an argument answers the simple string PONG
    When the client runs "PING"
    Then the reply is PONG

  Scenario: PING with an argument echoes it as a bulk string
    When the client runs "PING hello"
    Then the reply is "hello"

  Scenario: PING takes at most one argument
    When the client runs "PING a b"
    Then the reply is (error) ERR wrong number of arguments for 'ping' command

  @resp3
  Scenario: PING answers PONG in RESP3 too
    When the client switches to RESP3
    And the client runs "PING"
    Then the reply is PONG

  Scenario: Command names are case-insensitive
    When the client runs "pInG"
    Then the reply is PONG

  Scenario: ECHO returns its argument byte for byte
    When the client runs "ECHO \"a\x00b\r\n\""
    Then the reply is "a\x00b\r\n"

  Scenario: ECHO of an empty string is an empty bulk string
    When the client runs "ECHO \"\""
    Then the reply is ""

  Scenario: ECHO takes exactly one argument
    When the client runs "ECHO a b"
    Then the reply is (error) ERR wrong number of arguments for 'echo' command

  Scenario: An unknown command is an error naming it and its first arguments
    When the client runs "NOSUCHCOMMAND a b"
    Then the reply is (error) ERR unknown command 'NOSUCHCOMMAND', with args beginning with: 'a' 'b'

  # ---------------------------------------------------------------- HELLO

  Scenario: HELLO without a protocol version describes the server in the current protocol
    When the client runs "HELLO"
    Then the reply is an array of 14 elements

  @resp3
  Scenario: HELLO 3 switches the connection to RESP3, so HELLO answers a map
    When the client switches to RESP3
    And the client runs "CONFIG GET maxmemory-policy"
    Then the reply is {"maxmemory-policy" => "noeviction"}

  @resp3
  Scenario: HELLO 2 switches back to RESP2
    When the client switches to RESP3
    And the client switches to RESP2
    And the client runs "CONFIG GET maxmemory-policy"
    Then the reply is ["maxmemory-policy", "noeviction"]

  Scenario Outline: HELLO refuses protocol version <version>
    When the client runs "HELLO <version>"
    Then the reply is <error>

    Examples:
      | version | error                                                          |
      | 1       | (error) NOPROTO unsupported protocol version                   |
      | 4       | (error) NOPROTO unsupported protocol version                   |
      | -1      | (error) NOPROTO unsupported protocol version                   |
      | abc     | (error) ERR Protocol version is not an integer or out of range |
      | 1.5     | (error) ERR Protocol version is not an integer or out of range |

  Scenario: HELLO with an unknown option names it
    When the client runs "HELLO 2 FOO"
    Then the reply is (error) ERR Syntax error in HELLO option 'FOO'

  Scenario: HELLO AUTH needs both a user name and a password
    When the client runs "HELLO 2 AUTH default"
    Then the reply is (error) ERR Syntax error in HELLO option 'AUTH'

  Scenario: HELLO SETNAME names the connection
    Given the client runs "HELLO 2 SETNAME worker-1"
    When the client runs "CLIENT GETNAME"
    Then the reply is "worker-1"

  Scenario: HELLO SETNAME refuses a name with a space and leaves the protocol unchanged
    When the client runs "HELLO 3 SETNAME \"a b\""
    Then the reply is (error) ERR Client names cannot contain spaces, newlines or special characters.
    And "CONFIG GET maxmemory-policy" replies ["maxmemory-policy", "noeviction"]

  # ---------------------------------------------------------------- AUTH and requirepass

  Scenario: AUTH with only a password is refused when no password is configured
    When the client runs "AUTH secret"
    Then the reply is (error) ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?

  Scenario: AUTH of the default user accepts any password when none is configured
    When the client runs "AUTH default anything"
    Then the reply is OK

  Scenario: AUTH of an unknown user is refused
    When the client runs "AUTH nobody secret"
    Then the reply is (error) WRONGPASS invalid username-password pair or user is disabled.

  Scenario: AUTH takes at most a user name and a password
    When the client runs "AUTH a b c"
    Then the reply is (error) ERR syntax error

  @needs:config
  Scenario: CONFIG SET requirepass applies to new connections and keeps the one that set it
    Given the client runs "CONFIG SET requirepass secret"
    When client "B" runs "PING"
    Then client "B" got (error) NOAUTH Authentication required.
    And "PING" replies PONG
    When client "C" runs "AUTH secret"
    Then client "C" got OK

  @needs:launch
  Scenario: With requirepass, commands are refused until the client authenticates
    Given the server is started with "requirepass secret"
    When the client runs "PING"
    Then the reply is (error) NOAUTH Authentication required.

  @needs:launch
  Scenario: With requirepass, the checks of command name and arity come before authentication
    Given the server is started with "requirepass secret"
    When the client runs "NOSUCHCOMMAND"
    Then the reply is (error) ERR unknown command 'NOSUCHCOMMAND', with args beginning with:
    When the client runs "GET"
    Then the reply is (error) ERR wrong number of arguments for 'get' command

  @needs:launch
  Scenario: AUTH with the right password lets the client run commands
    Given the server is started with "requirepass secret"
    When the client runs "AUTH secret"
    Then the reply is OK
    And "PING" replies PONG

  @needs:launch
  Scenario: AUTH default with the right password works as well
    Given the server is started with "requirepass secret"
    When the client runs "AUTH default secret"
    Then the reply is OK
    And "PING" replies PONG

  @needs:launch
  Scenario: A wrong password is refused and the client stays unauthenticated
    Given the server is started with "requirepass secret"
    When the client runs "AUTH wrong"
    Then the reply is (error) WRONGPASS invalid username-password pair or user is disabled.
    And "PING" replies (error) NOAUTH Authentication required.

  @needs:launch
  Scenario: HELLO without AUTH is refused until the client authenticates
    Given the server is started with "requirepass secret"
    When the client runs "HELLO 2"
    Then the reply is (error) NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time

  @needs:launch
  Scenario: HELLO AUTH authenticates and selects the protocol at once
    Given the server is started with "requirepass secret"
    When the client runs "HELLO 2 AUTH default secret"
    Then the reply is an array of 14 elements
    And "PING" replies PONG

  @needs:launch
  Scenario: HELLO AUTH with a wrong password is refused
    Given the server is started with "requirepass secret"
    When the client runs "HELLO 2 AUTH default wrong"
    Then the reply is (error) WRONGPASS invalid username-password pair or user is disabled.

  @needs:launch
  Scenario: RESET makes an authenticated connection unauthenticated again
    Given the server is started with "requirepass secret"
    And the client runs "AUTH secret"
    When the client runs "RESET"
    Then the reply is RESET
    And "PING" replies (error) NOAUTH Authentication required.

  # ---------------------------------------------------------------- SELECT

  Scenario: SELECT switches the database the connection uses
    Given the client runs "SET k v"
    When the client runs "SELECT 1"
    Then the reply is OK
    And "GET k" replies (nil)
    And "SELECT 0" replies OK
    And "GET k" replies "v"

  Scenario Outline: SELECT refuses <index>
    When the client runs "SELECT <index>"
    Then the reply is <error>

    Examples:
      | index       | error                                                                    |
      | 16          | (error) ERR DB index is out of range                                     |
      | -1          | (error) ERR DB index is out of range                                     |
      | abc         | (error) ERR value is not an integer or out of range                      |
      | 1.5         | (error) ERR value is not an integer or out of range                      |
      | 99999999999 | (error) ERR value is out of range, value must between -2147483648 and 2147483647 |

  # ---------------------------------------------------------------- RESET and QUIT

  Scenario: RESET answers the status RESET and returns to database 0
    Given the client runs "SET k v"
    And the client runs "SELECT 2"
    When the client runs "RESET"
    Then the reply is RESET
    And "GET k" replies "v"

  Scenario: RESET forgets the connection name
    Given the client runs "CLIENT SETNAME before"
    When the client runs "RESET"
    Then "CLIENT GETNAME" replies (nil)

  @resp3
  Scenario: RESET returns the connection to RESP2
    When the client switches to RESP3
    And the client runs "RESET"
    Then "CONFIG GET maxmemory-policy" replies ["maxmemory-policy", "noeviction"]

  Scenario: RESET turns replies back on after CLIENT REPLY OFF
    When the client sends the bytes "*3\r\n$6\r\nCLIENT\r\n$5\r\nREPLY\r\n$3\r\nOFF\r\n"
    And the client runs "RESET"
    Then the reply is RESET
    And "PING" replies PONG

  Scenario: QUIT answers OK and the server closes the connection
    When the client sends the bytes "*1\r\n$4\r\nQUIT\r\n"
    Then the client receives OK
    And the server closes the connection

  Scenario: QUIT ignores extra arguments
    When the client sends the bytes "*2\r\n$4\r\nQUIT\r\n$3\r\nnow\r\n"
    Then the client receives OK
    And the server closes the connection

  # ---------------------------------------------------------------- CLIENT

  Scenario: A new connection has no name
    When the client runs "CLIENT GETNAME"
    Then the reply is (nil)

  @resp3
  Scenario: A new connection has no name, a RESP3 null
    When the client switches to RESP3
    And the client runs "CLIENT GETNAME"
    Then the reply is (null)

  Scenario: CLIENT SETNAME names the connection
    When the client runs "CLIENT SETNAME reporting"
    Then the reply is OK
    And "CLIENT GETNAME" replies "reporting"

  Scenario: CLIENT SETNAME with an empty name removes the name
    Given the client runs "CLIENT SETNAME reporting"
    When the client runs "CLIENT SETNAME \"\""
    Then the reply is OK
    And "CLIENT GETNAME" replies (nil)

  Scenario Outline: CLIENT SETNAME refuses a name with <what>
    When the client runs 'CLIENT SETNAME <name>'
    Then the reply is (error) ERR Client names cannot contain spaces, newlines or special characters.

    Examples:
      | what            | name     |
      | a space         | "a b"    |
      | a newline       | "a\nb"   |
      | a non-ASCII byte | "caf\xc3\xa9" |

  Scenario: CLIENT ID is a positive integer
    When the client runs "CLIENT ID"
    Then the reply is an integer between 1 and 9223372036854775807

  Scenario: CLIENT INFO describes the connection on one line
    Given the client runs "CLIENT SETNAME reporting"
    And the client runs "SELECT 3"
    When the client runs "CLIENT INFO"
    Then the reply is a bulk string matching "id=\d+ addr=\S+ laddr=\S+ fd=\d+ name=reporting age=\d+ idle=\d+ flags=N db=3 .* cmd=client\|info user=default redir=-1 resp=2\n"

  Scenario: CLIENT LIST shows every connection, one line each
    Given client "B" runs "CLIENT SETNAME bee"
    When the client runs "CLIENT LIST"
    Then the reply is a bulk string matching "(id=\d+ [^\n]*\n)*id=\d+ [^\n]* name=bee [^\n]*\n(id=\d+ [^\n]*\n)*"

  Scenario: CLIENT LIST refuses an unknown client type
    When the client runs "CLIENT LIST TYPE foo"
    Then the reply is (error) ERR Unknown client type 'foo'

  Scenario: CLIENT LIST ID refuses an id that is not an integer
    When the client runs "CLIENT LIST ID abc"
    Then the reply is (error) ERR Invalid client ID

  Scenario: CLIENT LIST ID of an id nobody has is empty
    When the client runs "CLIENT LIST ID 0"
    Then the reply is ""

  @needs:launch
  Scenario: CLIENT KILL TYPE normal closes the other normal connections
    Given the server is started with "timeout 0"
    And the client runs "PING"
    When client "B" runs "CLIENT KILL TYPE normal"
    Then client "B" got (integer) 1
    And the server closes the connection

  Scenario: CLIENT KILL of an address nobody uses is an error
    When the client runs "CLIENT KILL 10.255.255.1:1"
    Then the reply is (error) ERR No such client

  Scenario: CLIENT KILL ID of an id nobody has kills nobody
    When the client runs "CLIENT KILL ID 999999"
    Then the reply is (integer) 0

  Scenario: CLIENT KILL ID must be positive
    When the client runs "CLIENT KILL ID 0"
    Then the reply is (error) ERR client-id should be greater than 0

  Scenario: CLIENT KILL USER of an unknown user is an error
    When the client runs "CLIENT KILL USER nobody"
    Then the reply is (error) ERR No such user 'nobody'

  Scenario: CLIENT REPLY OFF silences replies until CLIENT REPLY ON
    When the client sends the bytes "*3\r\n$6\r\nCLIENT\r\n$5\r\nREPLY\r\n$3\r\nOFF\r\n*2\r\n$4\r\nINCR\r\n$1\r\nn\r\n"
    And the client runs "CLIENT REPLY ON"
    Then the reply is OK
    And "GET n" replies "1"

  Scenario: CLIENT REPLY SKIP drops the reply of the next command only
    When the client sends the bytes "*3\r\n$6\r\nCLIENT\r\n$5\r\nREPLY\r\n$4\r\nSKIP\r\n*2\r\n$4\r\nINCR\r\n$1\r\nn\r\n"
    And the client runs "INCR n"
    Then the reply is (integer) 2

  Scenario: CLIENT REPLY SKIP drops an error reply too
    When the client sends the bytes "*3\r\n$6\r\nCLIENT\r\n$5\r\nREPLY\r\n$4\r\nSKIP\r\n*1\r\n$3\r\nGET\r\n"
    And the client runs "PING"
    Then the reply is PONG

  Scenario: CLIENT REPLY refuses an unknown mode
    When the client runs "CLIENT REPLY MAYBE"
    Then the reply is (error) ERR syntax error

  Scenario Outline: CLIENT NO-EVICT <mode>
    When the client runs "CLIENT NO-EVICT <mode>"
    Then the reply is <reply>

    Examples:
      | mode  | reply                    |
      | on    | OK                       |
      | OFF   | OK                       |
      | maybe | (error) ERR syntax error |

  Scenario: An unknown CLIENT subcommand points to CLIENT HELP
    When the client runs "CLIENT FOO"
    Then the reply is (error) ERR unknown subcommand 'FOO'. Try CLIENT HELP.

  Scenario: A CLIENT subcommand with the wrong number of arguments names the subcommand
    When the client runs "CLIENT GETNAME extra"
    Then the reply is (error) ERR wrong number of arguments for 'client|getname' command
