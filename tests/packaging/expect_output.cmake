cmake_minimum_required(VERSION 3.25)
# cmake -DCOMMAND=program -DARGUMENTS=a;b -DEXPECTED=line -P expect_output.cmake
# Fails unless the program exits 0 and prints exactly EXPECTED (one line) on stdout.
execute_process(COMMAND ${COMMAND} ${ARGUMENTS}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${COMMAND} ${ARGUMENTS}: exit status ${status}\n${err}")
endif()
if(NOT out STREQUAL "${EXPECTED}\n")
    message(FATAL_ERROR "${COMMAND} ${ARGUMENTS} printed “${out}”, expected “${EXPECTED}”")
endif()
