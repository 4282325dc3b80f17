// Original file: ../../protos/chainbridge/freight/v1/freight.proto


/**
 * Request of GetOutboxStatus.
 */
export interface GetOutboxStatusRequest {
}

/**
 * Request of GetOutboxStatus.
 */
export interface GetOutboxStatusRequest__Output {
}
