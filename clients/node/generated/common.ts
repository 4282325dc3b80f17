import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClaimDetails as _chainbridge_common_v1_ClaimDetails, ClaimDetails__Output as _chainbridge_common_v1_ClaimDetails__Output } from './chainbridge/common/v1/ClaimDetails';
import type { Money as _chainbridge_common_v1_Money, Money__Output as _chainbridge_common_v1_Money__Output } from './chainbridge/common/v1/Money';
import type { RiskFactor as _chainbridge_common_v1_RiskFactor, RiskFactor__Output as _chainbridge_common_v1_RiskFactor__Output } from './chainbridge/common/v1/RiskFactor';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  chainbridge: {
    common: {
      v1: {
        ClaimDetails: MessageTypeDefinition<_chainbridge_common_v1_ClaimDetails, _chainbridge_common_v1_ClaimDetails__Output>
        Money: MessageTypeDefinition<_chainbridge_common_v1_Money, _chainbridge_common_v1_Money__Output>
        RiskFactor: MessageTypeDefinition<_chainbridge_common_v1_RiskFactor, _chainbridge_common_v1_RiskFactor__Output>
        RiskTier: EnumTypeDefinition
        ShipmentEventType: EnumTypeDefinition
      }
    }
  }
}

